import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { fontSet } from "@/lib/export/fonts";

/**
 * Typst runs in worker threads, fresh ones for each render: its API is synchronous (it would hold
 * the event loop for seconds), and a thread gives all its memory back when it ends, where a reused
 * compiler keeps growing (docs/EXPORTS.md, "Engine"). The template and the two worker files are
 * read from the app's root at run time, outside Next's bundle: the workers are plain JavaScript.
 */
const root = () => /* turbopackIgnore: true */ process.cwd();
export const templateFile = () => path.join(root(), "lib", "export", "pdf-template.typ");
export const workerFile = () => path.join(root(), "lib", "export", "pdf-worker.mjs");
export const joinFile = () => path.join(root(), "lib", "export", "pdf-join.mjs");

/**
 * Rows Typst lays out in one compile (lib/export/pdf-worker.mjs): its memory grows with the pages
 * of a compile and is given back only when the thread ends, so the list is laid out in parts of
 * this many rows, one after another. Bigger parts cost memory (2,000: 25 MB more at peak for
 * 10,000 rows), smaller ones time (500: a fifth more CPU; each part re-lays the page it stops on).
 */
export const ROWS_PER_PART = 1000;

/**
 * Parts one Typst thread lays out before handing over to a fresh one: each part leaves a few MB
 * behind that only the thread's end gives back (evictCache does not); a new thread loads its fonts
 * (a quarter of a second) while the one before lays out its last part, and for that while both
 * are in memory. 12: a letter of 10,000 rows needs one thread.
 */
export const PARTS_PER_THREAD = 12;

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

// A small young generation: the threads make short-lived garbage (part files, JSON) that need not pile up.
const YOUNG = { maxYoungGenerationSizeMb: 8 };

export type Rendered = { pdf: Buffer; pages: number; parts: number; maxRSS: number };

export class RenderCancelled extends Error {
  constructor() {
    super("PDF render cancelled: nobody waits for it any more");
    this.name = "RenderCancelled";
  }
}

/** Where a Typst thread takes the list up: the first row still to lay out, pages made so far, parts so far. */
type Resume = { start: number; pages: number; parts: number };

type SessionMessage =
  | { part: Uint8Array; keep: number }
  | { footers: Uint8Array; meta: { title: string; description: string; lang: string }; pages: number; parts: number }
  | { next: Resume }
  | { soon: true }
  | { error: string };

/**
 * The PDF of `data` (the JSON the template reads as /data.json), made off this thread: Typst
 * threads (lib/export/pdf-worker.mjs) lay the document out a part at a time, a new thread every
 * PARTS_PER_THREAD parts (memory only comes back when a thread ends), and pass each part's PDF here;
 * this thread hands them on, as they come, to the joining thread (lib/export/pdf-join.mjs), which
 * sends the finished file back. When `signal` aborts, the threads are terminated and the promise
 * rejects with RenderCancelled once they have stopped (Typst cannot be interrupted inside a compile
 * step: a thread stops at its next return to JavaScript, after one part at most).
 */
export function renderPdf(data: string, signal?: AbortSignal): Promise<Rendered> {
  if (signal?.aborted) return Promise.reject(new RenderCancelled());
  skipSystemFonts();
  return new Promise((resolve, reject) => {
    // Not the parent's flags: under tsx or the test runner they load TypeScript hooks the workers do not need.
    const join = new Worker(joinFile(), { execArgv: [], resourceLimits: YOUNG });
    const threads = new Set<Worker>();
    let pages = 0;
    let parts = 0;
    let settled = false;
    let stopping = false;
    const stop = () => Promise.all([join, ...threads].map((worker) => worker.terminate()));
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", cancel);
      fn();
    };
    const fail = (error: Error) => {
      if (settled || stopping) return;
      stopping = true;
      void stop().then(() => finish(() => reject(signal?.aborted ? new RenderCancelled() : error)));
    };
    const cancel = () => fail(new RenderCancelled());
    signal?.addEventListener("abort", cancel, { once: true });

    // A Typst thread loads its fonts at once and waits to be told where to start: the next one is
    // started while the one before lays out its last part.
    const thread = () => {
      const worker = new Worker(workerFile(), {
        workerData: { template: templateFile(), fonts: fontSet(), data, rowsPerPart: ROWS_PER_PART, partsPerThread: PARTS_PER_THREAD },
        execArgv: [],
        resourceLimits: YOUNG,
      });
      threads.add(worker);
      worker.once("exit", () => threads.delete(worker));
      worker.once("error", fail);
      return worker;
    };
    const session = (worker: Worker, resume: Resume) => {
      let next: Resume | undefined;
      let ready: Worker | undefined;
      worker.on("message", (message: SessionMessage) => {
        if ("error" in message) fail(new Error(message.error));
        else if ("soon" in message) ready ??= thread();
        else if ("next" in message) next = message.next;
        else {
          if ("footers" in message) ({ pages, parts } = message);
          const bytes = "part" in message ? message.part : message.footers;
          join.postMessage(message, [bytes.buffer as ArrayBuffer]);
        }
      });
      worker.once("exit", (code) => {
        if (next) session(ready ?? thread(), next);
        else {
          void ready?.terminate();
          if (code !== 0) fail(new Error(`PDF worker exited with code ${code}`));
        }
      });
      worker.postMessage({ resume });
    };
    join.on("message", (message: { pdf?: Uint8Array; error?: string }) => {
      if (message.error !== undefined || !message.pdf) fail(new Error(message.error ?? "PDF join sent nothing"));
      else finish(() => resolve({ pdf: Buffer.from(message.pdf!.buffer, message.pdf!.byteOffset, message.pdf!.byteLength), pages, parts, maxRSS: process.resourceUsage().maxRSS }));
    });
    join.once("error", fail);
    join.once("exit", (code) => fail(new Error(`PDF join worker exited with code ${code}`)));
    session(thread(), { start: 0, pages: 0, parts: 0 });
  });
}
