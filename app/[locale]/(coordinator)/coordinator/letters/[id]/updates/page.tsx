import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { isErrorCode } from "@/lib/errors";
import { localeOr, locales } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/i18n/language-name";
import { getLetterForCoordinator } from "@/lib/letters/queries";
import { countRecipients, listUpdatesForCoordinator } from "@/lib/updates/queries";
import { translatedBody, translatedSubject } from "@/lib/updates/schema";
import { SENT_UPDATE_STATUS } from "@/lib/updates/status";
import { LetterBody } from "@/components/letter/letter-body";
import { UpdateForm, type UpdateFormWords } from "@/components/coordinator/update-form";
import { saveUpdateAction, sendUpdateAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("updates.workspace"))("title") });

type Search = { update?: string; notice?: string; error?: string; recipients?: string };

/**
 * A letter's updates to its signatories: the form (a new update, or the draft chosen by
 * `?update=`), the chosen draft's preview rendered as the letter's text is, "Send to N
 * signatories" behind a confirmation that states N, and the lists of drafts and sent updates.
 */
export default async function UpdatesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  await requireLetterAccess(id, `/coordinator/letters/${id}/updates`);
  const [letter, updates, recipients] = await Promise.all([getLetterForCoordinator(id), listUpdatesForCoordinator(id), countRecipients(id)]);
  if (!letter) notFound();
  const search = await searchParams;
  const [t, te, format, workspace] = await Promise.all([getTranslations("updates.workspace"), getTranslations("errors"), getFormatter(), getLocale()]);
  const language = localeOr(letter.language);
  const name = (l: typeof language) => languageName(l, workspace);
  const drafts = updates.filter((u) => u.status !== SENT_UPDATE_STATUS);
  const sent = updates.filter((u) => u.status === SENT_UPDATE_STATUS);
  const selected = drafts.find((u) => u.id === search.update);
  const tabUrl = `/coordinator/letters/${id}/updates`;
  const sentCount = /^\d+$/.test(search.recipients ?? "") ? Number(search.recipients) : 0;

  const initial: Record<string, string> = { subject: selected?.subject ?? "", body: selected?.body ?? "" };
  for (const l of locales) {
    initial[translatedSubject(l)] = selected?.translations[l]?.subject ?? "";
    initial[translatedBody(l)] = selected?.translations[l]?.body ?? "";
  }
  const words: UpdateFormWords = {
    heading: selected ? t("editHeading") : t("newHeading"),
    subject: t("subject"),
    body: t("body"),
    bodyHint: t("bodyHint"),
    translationsHeading: t("translationsHeading"),
    translationsHint: t("translationsHint", { language: name(language) }),
    save: t("save"),
    saving: t("saving"),
    errorSummary: t("errorSummary"),
    languages: locales.filter((l) => l !== language).map((l) => ({
      locale: l, name: name(l), subject: t("translationSubject", { language: name(l) }), body: t("translationBody", { language: name(l) }),
    })),
  };

  return (
    <div className="stack">
      <h1>{t("title")}: {letter.title}</h1>
      <p><Link href={`/coordinator/letters/${id}`}>{t("back")}</Link></p>
      {search.error && isErrorCode(search.error) && <p className="notice notice--error" role="alert">{te(search.error)}</p>}
      {search.notice === "saved" && selected && <p className="notice notice--ok" role="status">{t("saved")}</p>}
      {search.notice === "sent" && <p className="notice notice--ok" role="status">{t("sent", { count: sentCount })}</p>}
      <p>{t("intro")}</p>

      <UpdateForm key={selected?.id ?? "new"} action={saveUpdateAction} letterId={id} language={language} updateId={selected?.id}
        initial={initial} words={words} />

      {selected && (
        <section aria-labelledby="preview-heading" className="card stack" data-update={selected.id}>
          <h2 id="preview-heading">{t("preview")}</h2>
          <p className="hint">{t("previewHint", { language: name(language) })}</p>
          <h3 lang={language}>{selected.subject}</h3>
          <LetterBody markdown={selected.body} lang={language} />
          <details className="erase">
            <summary>{t("send", { count: recipients })}</summary>
            <p>{t("sendExplained", { count: recipients })}</p>
            <form action={sendUpdateAction}>
              <input type="hidden" name="letterId" value={id} />
              <input type="hidden" name="updateId" value={selected.id} />
              <button type="submit" className="button">{t("sendConfirm", { count: recipients })}</button>
            </form>
          </details>
        </section>
      )}

      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t("drafts")}</h2>
        {drafts.length === 0 ? <p>{t("none")}</p> : (
          <ul>
            {drafts.map((u) => (
              <li key={u.id} data-update={u.id}>
                {u.id === selected?.id ? <strong>{u.subject}</strong> : <Link href={`${tabUrl}?update=${u.id}`}>{u.subject}</Link>}
              </li>
            ))}
          </ul>
        )}
        {selected && <p><Link href={tabUrl}>{t("newLink")}</Link></p>}
      </section>

      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">{t("sentHeading")}</h2>
        {sent.length === 0 ? <p>{t("none")}</p> : (
          <ul>
            {sent.map((u) => (
              <li key={u.id} data-update={u.id}>
                <strong>{u.subject}</strong>{" "}
                <span className="muted">{t("sentOn", { count: u.recipientCount, date: format.dateTime(u.sentAt ?? u.updatedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) })} (UTC)</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
