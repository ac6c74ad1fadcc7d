import { useFormatter, useTranslations } from "next-intl";
import type { ResponseRow } from "@/lib/responses/queries";
import { ResponseText } from "@/components/letter/response-text";

/**
 * "The answer" on a letter's public page: each response the addressee sent, oldest first, with its
 * date, its author, its text, its link or PDF, and the coalition's comment set apart. Nothing when
 * there is none. Plain HTML: it needs no JavaScript.
 */
export function LetterResponses({ responses, basePath }: { responses: ResponseRow[]; /** The letter's public path, e.g. /letters/<slug>. */ basePath: string }) {
  const t = useTranslations("response.public");
  const format = useFormatter();
  if (responses.length === 0) return null;
  return (
    <section aria-labelledby="responses-heading" id="responses" className="stack letter-responses">
      <h2 id="responses-heading">{t("heading")}</h2>
      {responses.map((r) => (
        <article key={r.id} id={`response-${r.id}`} aria-labelledby={`response-${r.id}-heading`} className="card stack">
          <header>
            <h3 id={`response-${r.id}-heading`} dir="auto">{t("from", { author: r.author })}</h3>
            <p className="muted">
              <time dateTime={r.receivedAt.toISOString().slice(0, 10)}>{t("received", { date: format.dateTime(r.receivedAt, { dateStyle: "long" }) })}</time>
            </p>
          </header>
          <ResponseText markdown={r.body} />
          {(r.link || r.pdfName) && (
            <p className="downloads">
              {r.link && <a href={r.link} rel="noopener noreferrer nofollow">{t("readOriginal")}</a>}
              {r.pdfName && <a href={`${basePath}/responses/${r.id}/response.pdf`} type="application/pdf">{t("downloadPdf")}</a>}
            </p>
          )}
          {r.comment && (
            <aside aria-label={t("commentLabel")} className="response-comment stack">
              <h4>{t("commentHeading")}</h4>
              <ResponseText markdown={r.comment} />
            </aside>
          )}
        </article>
      ))}
    </section>
  );
}
