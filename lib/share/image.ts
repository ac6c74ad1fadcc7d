import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { fontFiles } from "@/lib/export/fonts";
import { skipSystemFonts } from "@/lib/export/pdf-render";

/**
 * A letter's share image (Open Graph and Twitter card, 1200 x 630 PNG): its title, its count and
 * the site's name, in the page's language and script. Typst lays it out and resvg draws it, in one
 * worker thread (lib/share/image-worker.mjs) that keeps its fonts while images are asked for and
 * ends after a quiet while, so the request thread never lays out text and an idle server holds no fonts.
 */
export type ShareImageData = { title: string; label: string; count: string; site: string; lang: string; rtl: boolean };

const root = () => /* turbopackIgnore: true */ process.cwd();
const templateFile = () => path.join(root(), "lib", "share", "share-image.typ");
const workerFile = () => path.join(root(), "lib", "share", "image-worker.mjs");

/** How long the thread and its fonts (about 1 s to load, 60 MB) stay after the last image. */
const IDLE_MS = 5 * 60_000;

type Pending = { resolve: (value: Uint8Array | string) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let idle: NodeJS.Timeout | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function thread(): Worker {
  if (worker) return worker;
  skipSystemFonts();
  const started = new Worker(workerFile(), { workerData: { template: templateFile(), fonts: fontFiles() }, execArgv: [] });
  started.on("message", (message: { id: number; png?: Uint8Array; svg?: string; error?: string }) => {
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if (message.error) job.reject(new Error(message.error));
    else job.resolve(message.png ?? message.svg!);
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`share image thread exited with code ${code}`)));
  worker = started;
  return started;
}

function ask(data: ShareImageData, format: "png" | "svg"): Promise<Uint8Array | string> {
  clearTimeout(idle);
  const id = nextId++;
  const answer = new Promise<Uint8Array | string>((resolve, reject) => pending.set(id, { resolve, reject }));
  const running = thread();
  // The thread keeps the process alive only while it has work.
  running.ref();
  running.postMessage({ id, data, format });
  return answer.finally(() => {
    if (pending.size > 0) return;
    running.unref();
    clearTimeout(idle);
    idle = setTimeout(() => void worker?.terminate(), IDLE_MS).unref();
  });
}

/** The PNG. */
export const renderShareImage = (data: ShareImageData) => ask(data, "png") as Promise<Uint8Array>;

/** The same image as Typst's SVG, every glyph an outline: what the tests read to see the script was drawn. */
export const renderShareSvg = (data: ShareImageData) => ask(data, "svg") as Promise<string>;

/** Ends the thread now (tests, shutdown). */
export async function stopShareImages(): Promise<void> {
  clearTimeout(idle);
  const running = worker;
  worker = null;
  await running?.terminate();
}
