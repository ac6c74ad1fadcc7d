import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireLetterAccess } from "@/lib/auth/session";
import { getLetterForCoordinator } from "@/lib/letters/queries";
import { isPubliclyVisible } from "@/lib/letters/status";
import { listResponses } from "@/lib/responses/queries";
import { dateFieldValue, type ResponseField } from "@/lib/responses/schema";
import { ActionNotice, type ActionParams } from "@/components/coordinator/action-notice";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { ResponseForm } from "@/components/coordinator/response-form";
import { ResponseText } from "@/components/letter/response-text";
import { Link } from "@/lib/i18n/navigation";
import { removeResponseAction, removeResponsePdfAction, saveResponseAction } from "./actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("response.workspace"))("title") });

type Search = ActionParams & { edit?: string; response?: string; pdfError?: string };

const NOTICES = ["published", "saved", "removed", "pdfAttached", "pdfRemoved"] as const;
const PDF_ERRORS = ["REQUIRED", "TOO_LONG", "INVALID_VALUE"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly string[]).includes(String(value));

/**
 * The addressee's answers to a letter: each as the public page shows it, with its PDF upload and
 * its removal, then the form to add one (or edit the one chosen with ?edit=<id>, a plain link).
 */
export default async function ResponsesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const access = await requireLetterAccess(id, `/coordinator/letters/${id}/responses`);
  const [letter, responses] = await Promise.all([getLetterForCoordinator(id), listResponses(access)]);
  if (!letter) notFound();
  const search = await searchParams;
  const t = await getTranslations("response");
  const format = await getFormatter();
  const locale = await getLocale();
  const tabUrl = `/coordinator/letters/${id}/responses`;
  const editing = responses.find((r) => r.id === search.edit);
  const notice = isOneOf(NOTICES, search.notice) ? t(`notice.${search.notice}`) : null;
  const pdfError = isOneOf(PDF_ERRORS, search.pdfError) ? search.pdfError : null;
  const empty: Record<ResponseField, string> = { responseId: "", receivedAt: "", author: "", body: "", link: "", comment: "" };
  const initial = editing
    ? { responseId: editing.id, receivedAt: dateFieldValue(editing.receivedAt), author: editing.author, body: editing.body, link: editing.link ?? "", comment: editing.comment ?? "" }
    : empty;

  return (
    <div className="stack">
      <h1>{t("workspace.title")}: {letter.title}</h1>
      <LetterTabs letterId={id} />
      <ActionNotice params={{ error: search.error }} />
      {notice && <p className="notice notice--ok" role="status">{notice}</p>}
      <p>{t("workspace.intro")}</p>
      {!isPubliclyVisible(letter.effectiveStatus) && <p className="notice">{t("workspace.draftNote")}</p>}

      {responses.length === 0 && <p>{t("workspace.none")}</p>}
      {responses.map((r) => {
        const fileError = pdfError && search.response === r.id ? pdfError : null;
        return (
          <section key={r.id} id={`response-${r.id}`} aria-labelledby={`response-${r.id}-heading`} className="card stack" data-response-id={r.id}>
            <h2 id={`response-${r.id}-heading`} dir="auto">{t("public.from", { author: r.author })}</h2>
            <p className="muted">{t("workspace.received", { date: format.dateTime(r.receivedAt, { dateStyle: "long" }) })}</p>
            <ResponseText markdown={r.body} />
            {r.link && <p>{t("workspace.link")}: <a href={r.link} rel="noopener noreferrer nofollow" dir="ltr">{r.link}</a></p>}
            {r.comment && (
              <aside aria-label={t("workspace.comment")} className="response-comment stack">
                <h3>{t("workspace.comment")}</h3>
                <ResponseText markdown={r.comment} />
              </aside>
            )}
            <p className="button-row">
              <Link href={`${tabUrl}?edit=${r.id}#response-form-heading`}>{t("workspace.edit")}</Link>
            </p>

            <div className="stack">
              <h3 id={`pdf-${r.id}-heading`}>{t("pdf.heading")}</h3>
              <p>{r.pdfName ? t("pdf.attached", { name: r.pdfName }) : t("pdf.none")}</p>
              {/* A plain multipart post to a route with a larger body cap than actions have (lib/responses/schema.ts). */}
              <form action={`/api/coordinator/letters/${id}/responses/${r.id}/pdf`} method="post" encType="multipart/form-data"
                className="stack" aria-labelledby={`pdf-${r.id}-heading`}>
                <input type="hidden" name="locale" value={locale} />
                <div className="field">
                  <label htmlFor={`pdf-${r.id}`}>{t("pdf.file")}</label>
                  {fileError && <p className="field-error" id={`pdf-${r.id}-error`}>{t(`pdf.errors.${fileError}`)}</p>}
                  <input id={`pdf-${r.id}`} name="pdf" type="file" accept="application/pdf,.pdf" required
                    aria-describedby={fileError ? `pdf-${r.id}-error` : undefined} aria-invalid={fileError ? true : undefined} />
                </div>
                <p className="button-row">
                  <button type="submit" className="button button--secondary">{r.pdfName ? t("pdf.replace") : t("pdf.attach")}</button>
                </p>
              </form>
              {r.pdfName && (
                <form action={removeResponsePdfAction}>
                  <input type="hidden" name="letterId" value={id} />
                  <input type="hidden" name="responseId" value={r.id} />
                  <button type="submit" className="button button--secondary">{t("pdf.remove")}</button>
                </form>
              )}
            </div>

            <details className="erase">
              <summary>{t("workspace.remove")}</summary>
              <p>{t("workspace.removeExplained")}</p>
              <form action={removeResponseAction}>
                <input type="hidden" name="letterId" value={id} />
                <input type="hidden" name="responseId" value={r.id} />
                <button type="submit" className="button button--danger">{t("workspace.removeConfirm", { author: r.author })}</button>
              </form>
            </details>
          </section>
        );
      })}

      <section className="card">
        <ResponseForm
          key={editing ? `${editing.id}-${editing.updatedAt.toISOString()}` : "new"}
          action={saveResponseAction}
          letterId={id}
          heading={editing ? t("workspace.editHeading", { author: editing.author }) : t("workspace.addHeading")}
          initial={initial}
          {...(editing ? { cancelHref: tabUrl, cancelLabel: t("workspace.cancel") } : {})}
        />
      </section>
    </div>
  );
}
