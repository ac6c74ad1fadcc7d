import { getTranslations } from "next-intl/server";
import { letterAccess } from "@/lib/auth/session";
import { download, fileStem, plainError, queuedDownload } from "@/lib/export/http";
import { pdfEdition } from "@/lib/export/pdf";
import { cachedPdf, preparePdf, renderAndStore } from "@/lib/export/pdf-cache";
import { RenderCancelled } from "@/lib/export/pdf-render";
import { boundedQueue, PDF_LIMITS } from "@/lib/export/one-at-a-time";
import { findLetterForExport } from "@/lib/export/queries";
import { parsePdfOptions } from "@/lib/export/schema";

export const dynamic = "force-dynamic";
// A letter with many thousands of signatories takes a while to lay out (see docs/EXPORTS.md).
export const maxDuration = 300;

// One render at a time per process, two more waiting, one per coordinator (docs/EXPORTS.md).
const queue = boundedQueue(PDF_LIMITS);

/**
 * The letter and its approved signatories as a PDF to send to the addressee: coordinators only,
 * in the language they chose (`language=<locale>|all`, see docs/EXPORTS.md). A PDF already made
 * for the same content comes from the disk cache; otherwise it is rendered in a worker thread,
 * through the bounded queue, and cancelled if every client waiting for it has gone.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("errors");
  const access = await letterAccess(id);
  if (!access.ok) return plainError(access.status, t(access.status === 401 ? "UNAUTHENTICATED" : "NOT_FOUND"));
  const options = parsePdfOptions(new URL(request.url).searchParams);
  if (!options.success) return plainError(400, t("INVALID_INPUT"));
  const letter = await findLetterForExport(access.letter);
  if (!letter) return plainError(404, t("NOT_FOUND"));
  // A language without a current translation is refused here, before any work is queued.
  const chosen = await pdfEdition(letter, options.data.language);
  if (!chosen.ok) return plainError(400, t(chosen.code));
  const job = await preparePdf(letter, options.data, chosen.edition, new Date());
  const file = { type: "application/pdf", filename: `${fileStem(letter.slug)}.pdf`, busyMessage: t("BUSY") };
  const cached = await cachedPdf(job);
  if (cached) return download(new Uint8Array(cached), file.type, file.filename, "coordinator");
  try {
    return await queuedDownload(queue, { key: job.key, owner: access.letter.actor.id }, (signal) => renderAndStore(job, signal), file, request.signal);
  } catch (error) {
    // The client has gone: nobody reads this answer.
    if (error instanceof RenderCancelled || request.signal.aborted) return plainError(499, "cancelled");
    throw error;
  }
}
