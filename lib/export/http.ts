import "server-only";
import { createHash } from "node:crypto";
import type { BoundedQueue } from "@/lib/export/one-at-a-time";
/**
 * Response shapes shared by the export routes, so every download carries the same headers.
 */
export type Audience = "public" | "coordinator";

/**
 * Public lists change as signatures are approved, and an approval must show at once: caches keep
 * the file but ask again every time, and the ETag (lib/export/public-cache.ts) makes asking again
 * a 304 without a body.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The body does not depend on any request header (the language is in the address); only on the encoding a proxy may apply. */
export const PUBLIC_VARY = "Accept-Encoding";

const CACHE: Record<Audience, string> = {
  public: PUBLIC_CACHE_CONTROL,
  // Private data must never sit in a shared cache or the browser's.
  coordinator: "private, no-store",
};

export function download(body: BodyInit | null, type: string, filename: string, audience: Audience, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": CACHE[audience],
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 13.1.2: a list, `*`, weak comparison,
 * so `W/"x"` matches `"x"`).
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

/** 304 Not Modified: no body, the validator and caching headers a 200 would carry. */
export const notModified = (headers: Record<string, string>): Response => new Response(null, { status: 304, headers });

/** A strong ETag of a body (or of everything it shows): SHA-256 in base64url, its first `chars` characters, quoted. */
export const contentEtag = (content: string | Uint8Array, chars = 32): string =>
  `"${createHash("sha256").update(content).digest("base64url").slice(0, chars)}"`;

/**
 * The answer to a GET or HEAD of a body with a content-hash ETag: 304 without a body when the
 * request's If-None-Match names `etag`, else 200 with the body (none for HEAD). Both carry `headers`
 * and the ETag. The body is made only for a 200 to a GET, so a revalidation costs no render.
 */
export async function withEtag(request: Request, etag: string, headers: HeadersInit, body: () => BodyInit | Promise<BodyInit>): Promise<Response> {
  const all = new Headers(headers);
  all.set("ETag", etag);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  return new Response(request.method === "HEAD" ? null : await body(), { status: 200, headers: all });
}

/** An error as plain text: no letter data, whatever the cause. */
export function plainError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** About one large render: when a client refused with 503 may ask again. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * A download rendered through a bounded queue (lib/export/one-at-a-time.ts): the file when the job
 * was admitted (or joined), otherwise 503 with Retry-After and the catalogue's BUSY text.
 */
export async function queuedDownload(
  queue: BoundedQueue,
  job: { key: string; owner: string },
  render: (signal: AbortSignal) => Promise<Uint8Array>,
  file: { type: string; filename: string; busyMessage: string },
  // The request's signal: when every request waiting for a job has gone, the job is cancelled.
  signal?: AbortSignal,
): Promise<Response> {
  const admitted = queue.submit(job.key, job.owner, render, signal);
  if (!admitted.ok) return plainError(503, file.busyMessage, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  const body = await admitted.result;
  return download(new Uint8Array(body), file.type, file.filename, "coordinator");
}

/** Slugs are ASCII by construction; anything else is replaced so the header stays valid. */
export const fileStem = (slug: string): string => slug.replace(/[^A-Za-z0-9._-]+/g, "-");

export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
