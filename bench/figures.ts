/**
 * Pure parts of the load benchmark (bench/load.ts): which scripts a page loads, their gzip weight,
 * and the table it prints with its targets. Tested in figures.test.ts.
 */
import { gzipSync } from "node:zlib";

/**
 * The script addresses an HTML page loads: `<script src>` and `<link rel="preload" as="script">`, each once, in order.
 * A `<script nomodule>` (Next's legacy polyfills, about 39 KB gzip) is left out: a browser that runs
 * modules, which every browser able to run the page's React is, never fetches it.
 */
export function scriptSources(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src && !/\snomodule(?=[\s=>/])/i.test(tag)) found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, "href");
    if (href && /^preload$|^modulepreload$/i.test(attribute(tag, "rel") ?? "") && (attribute(tag, "as") ?? "script") === "script") found.push(href);
  }
  return [...new Set(found.map((s) => s.replaceAll("&amp;", "&")))];
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** Gzip sizes (default level, as a server compresses) of the given bodies, summed, in bytes; and the raw sum. */
export function gzipWeight(bodies: Uint8Array[]): { gzip: number; raw: number } {
  let gzip = 0;
  let raw = 0;
  for (const body of bodies) {
    gzip += gzipSync(body).length;
    raw += body.length;
  }
  return { gzip, raw };
}

export type Run = { rps: number; p50: number; p99: number; rssMb: number; ok: number; other: Record<string, number>; errors: number };

export type Row = { what: string; run?: Run; figure?: string; target?: string; met?: boolean };

export const verdict = (met: boolean | undefined) => (met === undefined ? "" : met ? "met" : "NOT MET");

/** A throughput target: at least `rps` requests/s and a p99 under `p99` ms. */
export function meets(run: Run, target: { rps?: number; p99?: number }): boolean {
  return (target.rps === undefined || run.rps >= target.rps) && (target.p99 === undefined || run.p99 < target.p99) && run.errors === 0;
}

export const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);

/** The benchmark's table in Markdown: measured runs and single figures (ratios, weights) in one. */
export function formatTable(rows: Row[]): string {
  const head = ["what", "req/s", "p50 ms", "p99 ms", "peak RSS MB", "figure", "target", "verdict"];
  const lines = rows.map((r) => [
    r.what,
    r.run ? String(Math.round(r.run.rps)) : "",
    r.run ? String(r.run.p50) : "",
    r.run ? String(r.run.p99) : "",
    r.run ? String(r.run.rssMb) : "",
    r.figure ?? (r.run ? responses(r.run) : ""),
    r.target ?? "",
    verdict(r.met),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const numeric = new Set([1, 2, 3, 4]);
  const cell = (value: string, i: number) => (numeric.has(i) ? value.padStart(widths[i]) : value.padEnd(widths[i]));
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (numeric.has(i) ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(head), rule, ...lines.map(line)].join("\n");
}

/** How the responses went: the expected ones, any others by status, connection errors. */
function responses(run: Run): string {
  const other = Object.entries(run.other).map(([code, n]) => `${n}×${code}`);
  return [`${run.ok} ok`, ...other, ...(run.errors ? [`${run.errors} errors`] : [])].join(", ");
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
