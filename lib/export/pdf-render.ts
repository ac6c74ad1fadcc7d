import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { fontSet } from "@/lib/export/fonts";

/**
 * Typst runs in a worker thread, one per render: its API is synchronous (it would hold the event
 * loop for seconds), and a finished or abandoned worker gives all its memory back when it ends,
 * where a reused compiler keeps growing (docs/EXPORTS.md, "Engine"). Both files are read from the
 * app's root at run time, outside Next's bundle: the worker is plain JavaScript.
 */
const root = () => /* turbopackIgnore: true */ process.cwd();
export const templateFile = () => path.join(root(), "lib", "export", "pdf-template.typ");
export const workerFile = () => path.join(root(), "lib", "export", "pdf-worker.mjs");
export const joinFile = () => path.join(root(), "lib", "export", "pdf-join.mjs");

/**
 * Rows Typst lays out in one compile (lib/export/pdf-worker.mjs): its memory grows with the pages
 * of a compile and is given back only when the thread ends, so the list is laid out in parts of
 * this many rows, one after another in the same worker. Bigger parts cost memory, smaller ones a
 * little time (each part re-lays the page it stops on).
 */
export const ROWS_PER_PART = 2000;

/**
 * Typst's font loader also reads every font installed on the machine (about half a second, and
 * never used: the template turns fallback off). It follows fontconfig's configuration, so the
 * process points FONTCONFIG_FILE at one naming an empty folder, unless the operator set it. The
 * variable is process-wide (a worker thread's process.env is its own copy, but the addon reads the
 * process's); nothing else in the app reads fontconfig.
 */
let fontconfigSet = false;
export function skipSystemFonts() {
  if (fontconfigSet || process.env.FONTCONFIG_FILE) return;
  const dir = path.join(tmpdir(), "undersigned-typst-no-system-fonts");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "fonts.conf");
  writeFileSync(file, `<?xml version="1.0"?>\n<fontconfig><dir>${dir}</dir></fontconfig>\n`);
  process.env.FONTCONFIG_FILE = file;
  fontconfigSet = true;
}

export type Rendered = { pdf: Buffer; pages: number; parts: number; maxRSS: number };

export class RenderCancelled extends Error {
  constructor() {
    super("PDF render cancelled: nobody waits for it any more");
    this.name = "RenderCancelled";
  }
}

/**
 * The PDF of `data` (the JSON the template reads as /data.json). When `signal` aborts, the worker
 * is terminated and the promise rejects with RenderCancelled once the thread has stopped (Typst
 * cannot be interrupted inside a compile step: the thread stops at its next return to JavaScript).
 */
export function renderPdf(data: string, signal?: AbortSignal): Promise<Rendered> {
  if (signal?.aborted) return Promise.reject(new RenderCancelled());
  skipSystemFonts();
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), {
      workerData: { template: templateFile(), join: joinFile(), fonts: fontSet(), data, rowsPerPart: ROWS_PER_PART },
      // Not the parent's flags: under tsx or the test runner they load TypeScript hooks the worker does not need.
      execArgv: [],
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", cancel);
      fn();
    };
    const cancel = () => {
      void worker.terminate().then(() => finish(() => reject(new RenderCancelled())));
    };
    signal?.addEventListener("abort", cancel, { once: true });
    worker.once("message", (message: { pdf?: Uint8Array; pages?: number; parts?: number; maxRSS?: number; error?: string }) => {
      if (message.error !== undefined || !message.pdf) finish(() => reject(new Error(message.error ?? "PDF worker sent nothing")));
      else finish(() => resolve({ pdf: Buffer.from(message.pdf!.buffer, message.pdf!.byteOffset, message.pdf!.byteLength), pages: message.pages ?? 0, parts: message.parts ?? 0, maxRSS: message.maxRSS ?? 0 }));
    });
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => finish(() => reject(signal?.aborted ? new RenderCancelled() : new Error(`PDF worker exited with code ${code}`))));
  });
}
