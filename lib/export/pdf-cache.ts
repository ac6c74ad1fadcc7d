import "server-only";
import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { pdfData, pdfDigest } from "@/lib/export/pdf";
import type { PdfEdition } from "@/lib/export/pdf-edition";
import { renderPdf } from "@/lib/export/pdf-render";
import type { ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";

/**
 * Rendered PDFs on disk, under DATA_DIR/pdf-cache/<letter id>/, one file per choice of options and
 * language, named by the digest of everything the PDF prints (pdfData: the texts, labels, date
 * and every approved row as printed) and of the template: a second download is a file read until
 * something visible changes, and then the file is replaced. The digest hashes the rows themselves
 * because signatures have no updatedAt: a coordinator's rename changes no date the database keeps.
 */
const cacheDir = (letterId: string) => path.join(env.DATA_DIR, "pdf-cache", letterId.replace(/[^A-Za-z0-9_-]/g, "_"));

export type PdfJob = { key: string; file: string; data: string };

/** What the PDF of (letter, options, edition, date) would print, and where its file is or will be. */
export async function preparePdf(letter: ExportLetter, options: PdfOptions, edition: PdfEdition, date: Date): Promise<PdfJob> {
  const data = await pdfData(letter, options, date, edition);
  const digest = pdfDigest(data);
  const choice = `${options.order}-${options.includeType ? "types" : "notypes"}-${options.language ?? edition.locale}${options.nameAtRisk ? "-named" : ""}`;
  return { key: `${letter.id}:${digest}`, file: path.join(cacheDir(letter.id), `${choice}.${digest}.pdf`), data };
}

/** The cached PDF, or null. */
export async function cachedPdf(job: PdfJob): Promise<Buffer | null> {
  try {
    return await readFile(job.file);
  } catch {
    return null;
  }
}

/** Renders the job's PDF in a worker (cancelled when `signal` aborts), stores it, and drops the file it replaces. */
export async function renderAndStore(job: PdfJob, signal?: AbortSignal): Promise<Buffer> {
  const { pdf } = await renderPdf(job.data, signal);
  const dir = path.dirname(job.file);
  await mkdir(dir, { recursive: true });
  // Written aside then renamed: a reader never sees half a file.
  const partial = `${job.file}.${process.pid}.partial`;
  await writeFile(partial, pdf);
  await rename(partial, job.file);
  const name = path.basename(job.file);
  const choice = name.slice(0, name.indexOf(".") + 1);
  for (const other of await readdir(dir)) {
    if (other !== name && other.startsWith(choice) && other.endsWith(".pdf")) await unlink(path.join(dir, other)).catch(() => undefined);
  }
  return pdf;
}
