import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { languageLabel, languageName } from "@/lib/i18n/language-name";
import { getLetterForCoordinator, getLetterTranslations } from "@/lib/letters/queries";
import { letterEventsFrom } from "@/lib/letters/status";
import { SIGNATURE_STATUSES } from "@/lib/signatures/status";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { ActionNotice, type ActionParams } from "@/components/coordinator/action-notice";
import { PdfExportForm } from "@/components/coordinator/pdf-export-form";
import { ShareSection } from "@/components/coordinator/share-section";
import { env } from "@/lib/env";
import { pdfLanguageChoices } from "@/lib/export/queries";
import { UpdatesSummary } from "./updates/summary";
import { changeStatusAction } from "./actions";
import { FoundingSection } from "@/components/coordinator/founding-section";
import { listSigningLinks } from "@/lib/letters/signing-links";
import { localeOr } from "@/lib/i18n/locales";
import { createSigningLinkAction, revokeSigningLinkAction, setPublishAtAction } from "./founding-actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.overview"))("pageTitle") });

export default async function LetterOverviewPage({ params, searchParams }: {
  params: Promise<{ id: string }>;
  searchParams: Promise<ActionParams>;
}) {
  const { id } = await params;
  const access = await requireLetterAccess(id, `/coordinator/letters/${id}`);
  const said = await searchParams;
  const [letter, translated] = await Promise.all([getLetterForCoordinator(id), getLetterTranslations(id)]);
  if (!letter || !translated) notFound();
  const t = await getTranslations("coordinator");
  const tr = await getTranslations("response.workspace");
  const d = await getTranslations("delivery.overview");
  const workspace = await getLocale();
  const events = letterEventsFrom(letter.status);
  const exportBase = `/coordinator/letters/${id}/export`;
  return (
    <div className="stack">
      <h1>{letter.title}</h1>
      <p className="button-row">
        <span className={`badge badge--${letter.effectiveStatus}`}>{t(`status.${letter.effectiveStatus}`)}</span>
        <span>{t("overview.version", { version: letter.version })}</span>
        {letter.status !== "draft" && <Link href={`/letters/${letter.slug}`}>{t("overview.publicPage")}</Link>}
      </p>
      <LetterTabs letterId={id} current="overview" />
      <ActionNotice params={said} />
      {letter.effectiveStatus !== letter.status && <p className="notice">{t("overview.deadlinePassedNote")}</p>}
      {letter.earlierVersionSignatures > 0 && (
        <p className="notice">{t("overview.earlierVersion", { count: letter.earlierVersionSignatures })}</p>
      )}

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t("overview.counts")}</h2>
        <ul className="counts">
          {SIGNATURE_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/coordinator/letters/${id}/signatures?status=${s}`}>{t(`signatureStatus.${s}`)}</Link>:{" "}
              <strong>{letter.counts[s] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="translations-heading">
        <h2 id="translations-heading">{t("overview.translationsHeading")}</h2>
        <p>{t("overview.translationsIntro", { language: languageName(translated.language, workspace) })}</p>
        <ul className="counts">
          {translated.translations.map((row) => (
            <li key={row.locale} data-locale={row.locale} data-state={row.state}>
              <Link href={`/coordinator/letters/${id}/translations?locale=${row.locale}`}>{languageLabel(row.locale, workspace)}</Link>:{" "}
              <strong>{t(`translations.state.${row.state}`)}</strong>
            </li>
          ))}
        </ul>
      </section>

      {letter.status === "draft" && (
        <FoundingSection letterId={id} language={localeOr(letter.language)} publishAt={letter.publishAt} links={await listSigningLinks(access)}
          notice={said.notice} error={said.error}
          actions={{ create: createSigningLinkAction, revoke: revokeSigningLinkAction, schedule: setPublishAtAction }} />
      )}

      {(events.length > 0 || letter.status === "delivered") && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t("overview.actions")}</h2>
          <div className="button-row">
            {/* A delivery is recorded on its own page (date, recipient, the snapshot), then confirmed. */}
            {(events.includes("deliver") || letter.status === "delivered") && (
              <Link href={`/coordinator/letters/${id}/deliveries/new`} className="button button--secondary">
                {d(letter.status === "delivered" ? "recordSupplement" : "recordDelivery")}
              </Link>
            )}
            {events.filter((event) => event !== "deliver").map((event) => (
              <form key={event} action={changeStatusAction}>
                <input type="hidden" name="letterId" value={id} />
                <input type="hidden" name="event" value={event} />
                <button type="submit" className={event === "publish" ? "button" : "button button--secondary"}>
                  {t(`overview.${event}`)}
                </button>
              </form>
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t("overview.exports")}</h2>
        {/* The languages offered are read for this letter, under the same access check as the page. */}
        <PdfExportForm action={`${exportBase}/pdf`} choices={await pdfLanguageChoices(await requireLetterAccess(id))} />
        <p><a href={`${exportBase}/csv`}>{t("overview.csv")}</a></p>
      </section>

      <section aria-labelledby="responses-heading">
        <h2 id="responses-heading">{tr("title")}</h2>
        <p><Link href={`/coordinator/letters/${id}/responses`}>{tr("overviewLink")}</Link></p>
      </section>

      {letter.status !== "draft" && <ShareSection letterUrl={new URL(`/${workspace}/letters/${letter.slug}`, env.APP_URL).toString()} />}

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t("overview.coordinatedBy")}</h2>
        <p>{letter.coordinatorEmails.length ? letter.coordinatorEmails.join(", ") : t("overview.nobodyAssigned")}</p>
      </section>

      <UpdatesSummary letterId={id} />
    </div>
  );
}
