import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SigningLinkForm, type SigningLinkFormState } from "@/components/coordinator/signing-link-form";
import { TableHead } from "@/components/ui/table-head";
import { languageLabel } from "@/lib/i18n/language-name";
import { locales, type Locale } from "@/lib/i18n/locales";
import { SIGNING_LINK_MAX_DAYS, toDateTimeLocal } from "@/lib/letters/founding-schema";
import type { SigningLinkRow } from "@/lib/letters/signing-links";

type Props = {
  letterId: string;
  /** The letter's language: a new link opens the page in it unless the coordinator chooses another. */
  language: Locale;
  publishAt: Date | null;
  links: SigningLinkRow[];
  /** What the last form post of this section did (?notice=… / ?error=…). */
  notice?: string;
  error?: string;
  actions: {
    create: (state: SigningLinkFormState, form: FormData) => Promise<SigningLinkFormState>;
    revoke: (form: FormData) => Promise<void>;
    schedule: (form: FormData) => Promise<void>;
  };
};

/** "Before publication" on a draft's overview: the publication hour and the private signing links. */
export async function FoundingSection({ letterId, language, publishAt, links, notice, error, actions }: Props) {
  const t = await getTranslations("founding");
  const errors = await getTranslations("errors");
  const format = await getFormatter();
  const workspace = (await getLocale()) as Locale;
  const utc = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  const languages = [language, ...locales.filter((l) => l !== language)].map((locale) => ({ locale, name: languageLabel(locale, workspace) }));
  const scheduleInvalid = error === "INVALID_VALUE";
  const said = notice === "publishAtSaved" ? t("schedule.saved") : notice === "publishAtCleared" ? t("schedule.cleared") : notice === "linkRevoked" ? t("links.revoked") : null;
  return (
    <section aria-labelledby="founding-heading" className="stack">
      <h2 id="founding-heading">{t("section.heading")}</h2>
      <p>{t("section.intro")}</p>
      {said && <p className="notice notice--ok" role="status">{said}</p>}

      <h3 id="schedule-heading">{t("schedule.heading")}</h3>
      <p data-testid="publish-at">{publishAt ? t("schedule.opensAt", { when: utc(publishAt) }) : t("schedule.notScheduled")}</p>
      <form action={actions.schedule} className="stack" aria-labelledby="schedule-heading">
        <input type="hidden" name="letterId" value={letterId} />
        <div className="field">
          <label htmlFor="publish-at-field">{t("schedule.field")} ({t("schedule.utc")})</label>
          <span className="hint" id="publish-at-hint">{t("schedule.hint")}</span>
          {scheduleInvalid && <p className="field-error" id="publish-at-error">{t("schedule.invalid")}</p>}
          <input id="publish-at-field" name="publishAt" type="datetime-local" required defaultValue={publishAt ? toDateTimeLocal(publishAt) : ""}
            aria-describedby={scheduleInvalid ? "publish-at-hint publish-at-error" : "publish-at-hint"} aria-invalid={scheduleInvalid || undefined} />
        </div>
        <p className="button-row">
          <button type="submit" className="button button--secondary">{t("schedule.save")}</button>
        </p>
      </form>
      {publishAt && (
        <form action={actions.schedule}>
          <input type="hidden" name="letterId" value={letterId} />
          <input type="hidden" name="publishAt" value="" />
          <button type="submit" className="button button--secondary">{t("schedule.clear")}</button>
        </form>
      )}

      <h3 id="links-heading">{t("links.heading")}</h3>
      <p>{t("links.intro")}</p>
      <SigningLinkForm action={actions.create} letterId={letterId} languages={languages} words={{
        label: t("links.label"), labelHint: t("links.labelHint"), days: t("links.days"),
        daysHint: t("links.daysHint", { max: SIGNING_LINK_MAX_DAYS }), daysInvalid: t("links.daysInvalid", { max: SIGNING_LINK_MAX_DAYS }),
        tooLong: errors("TOO_LONG"),
        formErrors: { INVALID_TRANSITION: errors("INVALID_TRANSITION"), NOT_FOUND: errors("NOT_FOUND"), UNAUTHENTICATED: errors("UNAUTHENTICATED"), UNEXPECTED: errors("UNEXPECTED") },
        language: t("links.language"), create: t("links.create"), createdLabel: t("links.createdLabel"), createdHint: t("links.createdHint"),
      }} />
      {links.length === 0 ? (
        <p>{t("links.none")}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t("links.caption")}</caption>
          <TableHead columns={[t("links.columns.label"), t("links.columns.expires"), t("links.columns.signatures"), t("links.columns.state"), t("links.columns.action")]} />
          <tbody>
            {links.map((link) => (
              <tr key={link.id} data-state={link.state}>
                <td>{link.label || t("links.unlabelled")}</td>
                <td><time dateTime={link.expiresAt.toISOString()}>{utc(link.expiresAt)} UTC</time></td>
                <td>{link.signatures}</td>
                <td>{t(`links.state.${link.state}`)}</td>
                <td>
                  {link.state === "active" && (
                    <form action={actions.revoke}>
                      <input type="hidden" name="letterId" value={letterId} />
                      <input type="hidden" name="linkId" value={link.id} />
                      <button type="submit" className="button button--secondary" aria-label={t("links.revokeLabel", { label: link.label || t("links.unlabelled") })}>
                        {t("links.revoke")}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
