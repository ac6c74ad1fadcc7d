import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { publicCsv } from "@/lib/export/csv";
import { download, fileStem, matchesIfNoneMatch, notModified, plainError, PUBLIC_CACHE_CONTROL, PUBLIC_VARY } from "@/lib/export/http";
import { publicJson } from "@/lib/export/json";
import { findPublicLetter, type ExportLetter } from "@/lib/export/queries";
import { publicVersion } from "@/lib/letters/queries";

/**
 * The public CSV and JSON when a letter is in the press: readers and scripts fetch them again and
 * again. Every request asks the database for the letter's public version (one read of the letter's
 * row, no signature row: lib/letters/queries.ts `publicVersion`) and makes a strong ETag of it:
 *  - If-None-Match matching it: 304, no body, nothing rendered;
 *  - otherwise the body, from a small in-memory cache keyed by (letter, language, format, ETag), so
 *    a burst of identical requests renders once (concurrent ones wait for the same render).
 * Each instance of the app has its own cache; that is correct because the ETag comes from the
 * database on every request, never from the cache.
 */
export type PublicFormat = "csv" | "json";

/**
 * Bump when what a format writes changes (columns, labels, layout): a deploy then changes every
 * ETag, so no client keeps a body of the old shape under a validator that still matches.
 */
const FORMAT_VERSION = 2;

/** The strong validator of one export of a letter's public list, or null when the letter is gone. */
export async function publicEtag(letterId: string, format: PublicFormat, locale: string): Promise<string | null> {
  const version = await publicVersion(letterId);
  if (!version) return null;
  // APP_URL is written in the JSON; the language is in the address, kept so a localised body stays right.
  const digest = createHash("sha256").update(JSON.stringify([FORMAT_VERSION, format, locale, env.APP_URL, letterId, version])).digest("base64url");
  return `"${format}-${digest.slice(0, 32)}"`;
}

/** Limits of the cache: a few bodies, bounded in bytes, each one bounded too. */
export type CacheLimits = { entries: number; bytes: number; entryBytes: number };

export const PUBLIC_CACHE_LIMITS: CacheLimits = { entries: 16, bytes: 16 * 1024 * 1024, entryBytes: 4 * 1024 * 1024 };

/**
 * Above this many approved signatories the body is streamed as before, never held whole: about
 * 1–2 MB of CSV or JSON, well under `entryBytes`.
 */
export const BUFFERED_MAX_ROWS = 10_000;

/** A least-recently-used map of rendered bodies that also joins renders in flight. */
export function bodyCache(limits: CacheLimits = PUBLIC_CACHE_LIMITS) {
  const entries = new Map<string, Uint8Array>();
  const inFlight = new Map<string, Promise<Uint8Array>>();
  let bytes = 0;

  function remember(key: string, body: Uint8Array) {
    if (body.byteLength > limits.entryBytes) return;
    entries.set(key, body);
    bytes += body.byteLength;
    for (const [oldest, old] of entries) {
      if (entries.size <= limits.entries && bytes <= limits.bytes) break;
      entries.delete(oldest);
      bytes -= old.byteLength;
    }
  }

  /**
   * The body under `key`: from the cache, from a render in flight, or rendered now. `keep` is asked
   * after a render whether its body may be stored (the list did not change while it rendered).
   */
  async function get(key: string, render: () => Promise<Uint8Array>, keep: () => Promise<boolean> = async () => true): Promise<Uint8Array> {
    const hit = entries.get(key);
    if (hit) {
      // Most recently used goes last.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const running = inFlight.get(key);
    if (running) return running;
    const job = (async () => {
      const body = await render();
      if (await keep()) remember(key, body);
      return body;
    })();
    inFlight.set(key, job);
    try {
      return await job;
    } finally {
      inFlight.delete(key);
    }
  }

  return { get, size: () => entries.size, bytes: () => bytes };
}

declare global {
  // One cache per process, also across development reloads.
  var undersignedPublicExportCache: ReturnType<typeof bodyCache> | undefined;
}

const cache = (globalThis.undersignedPublicExportCache ??= bodyCache());

const FILES: Record<PublicFormat, { type: string; render: (letter: ExportLetter) => ReadableStream<Uint8Array> }> = {
  csv: { type: "text/csv; charset=utf-8; header=present", render: (letter) => publicCsv(letter.id) },
  json: { type: "application/json; charset=utf-8", render: (letter) => publicJson(letter) },
};

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    length += r.value.byteLength;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * The response to GET or HEAD of a public export: 404 for a letter that is not public, 304 when the
 * client's copy is current, otherwise the file with its ETag.
 */
export async function publicExportResponse(request: Request, slug: string, locale: string, format: PublicFormat, notFound: () => Promise<string>): Promise<Response> {
  const letter = await findPublicLetter(slug);
  const etag = letter && (await publicEtag(letter.id, format, locale));
  if (!letter || !etag) return plainError(404, await notFound());
  const validators = { ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: PUBLIC_VARY };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(validators);

  const file = FILES[format];
  const filename = `${fileStem(letter.slug)}-signatories.${format}`;
  if (request.method === "HEAD") return download(null, file.type, filename, "public", validators);
  if (letter.approvedCount > BUFFERED_MAX_ROWS) return download(file.render(letter), file.type, filename, "public", validators);
  const body = await cache.get(
    JSON.stringify([letter.id, locale, format, etag]),
    () => bytesOf(file.render(letter)),
    // Stored only when the list did not move while it rendered, so a body always matches its key.
    async () => (await publicEtag(letter.id, format, locale)) === etag,
  );
  return download(new Uint8Array(body), file.type, filename, "public", { ...validators, "Content-Length": String(body.byteLength) });
}
