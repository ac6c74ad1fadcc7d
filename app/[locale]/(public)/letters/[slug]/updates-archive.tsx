import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { listSentUpdates } from "@/lib/updates/queries";
import { LetterBody } from "@/components/letter/letter-body";

/**
 * The letter's sent updates, newest first, each in the reader's language when it was translated.
 * Nothing about who received them. Nothing at all while none was sent.
 */
export async function UpdatesArchive({ letterId, language, reader }: { letterId: string; language: Locale; reader: Locale }) {
  const updates = await listSentUpdates(letterId, language, reader);
  if (updates.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("updates.public"), getFormatter()]);
  return (
    <section aria-labelledby="updates-heading" id="updates" className="stack">
      <h2 id="updates-heading">{t("heading")}</h2>
      {updates.map((u) => (
        <article key={u.id} className="card stack" aria-labelledby={`update-${u.id}`} data-update={u.id}>
          <h3 id={`update-${u.id}`} lang={u.locale}>{u.subject}</h3>
          <p className="muted">
            <time dateTime={u.sentAt.toISOString()}>{t("sentOn", { date: format.dateTime(u.sentAt, { dateStyle: "long", timeZone: "UTC" }) })}</time>
          </p>
          <LetterBody markdown={u.body} lang={u.locale} />
        </article>
      ))}
    </section>
  );
}
