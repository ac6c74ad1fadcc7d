import "server-only";
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { NextResponse, type NextRequest } from "next/server";
import { withEtag } from "@/lib/export/http";
import { isLocale } from "@/lib/i18n/locales";
import { listPage } from "@/lib/letters/list-page";
import { INDIVIDUALS_PAGE_PARAM } from "@/lib/signatures/kinds";
import { ALL_LETTERS, cachedPage, type CachedPage } from "@/lib/page-cache/store";
import { PAGE_TTL_MS, pageCache, type WatchedLetter } from "@/lib/page-cache/watch";

/**
 * The public pages a crowd reads, served from the page cache by proxy.ts: the home page (the
 * letters) and a letter's page, every list page, every language. Everything else is rendered per
 * request as before. A missing page is rendered once by asking this same server for it, with a
 * header only this process knows (RENDER_HEADER); proxy.ts lets that request through to Next.
 */

/** Marks the cache's own request for a page it is about to store. */
export const RENDER_HEADER = "x-undersigned-render";
const RENDER_TOKEN = randomBytes(24).toString("base64url");

/** Client-side navigation and prefetches ask for React's payload, not the page: Next answers those. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

export type PageAddress = { key: string; letter: string };

/**
 * The cached page a request asks for, or null when it is not one. The address is normalised to
 * what the page will show (`?page=` read as the letter page reads it, other query parameters
 * ignored), so odd or endless variants of an address share one entry.
 */
export function pageAddress(method: string, url: URL, headers: Headers, letters: ReadonlyMap<string, WatchedLetter>): PageAddress | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (NEXT_REQUEST_HEADERS.some((name) => headers.has(name)) || url.searchParams.has("_rsc")) return null;
  const match = /^\/([a-z]{2})(?:\/letters\/([a-z0-9-]+))?$/.exec(url.pathname);
  if (!match || !isLocale(match[1])) return null;
  const [, locale, slug] = match;
  if (!slug) return { key: `/${locale}`, letter: ALL_LETTERS };
  const letter = letters.get(slug);
  // A draft or an unknown address: rendered per request (and answered "not found").
  if (!letter) return null;
  const { page } = listPage(url.searchParams.get("page"), letter.approvedCount);
  // The individuals' list pages on its own (`ipage`, beside organisations); bounded by the whole count.
  const { page: individualsPage } = listPage(url.searchParams.get(INDIVIDUALS_PAGE_PARAM), letter.approvedCount);
  const query = [page > 1 && `page=${page}`, individualsPage > 1 && `${INDIVIDUALS_PAGE_PARAM}=${individualsPage}`].filter(Boolean).join("&");
  return { key: `/${locale}/letters/${slug}${query ? `?${query}` : ""}`, letter: slug };
}

/** The response headers of a render that belong to the page itself. */
const KEPT_HEADERS = ["content-type", "vary", "link", "content-language"];

/** Renders a page by asking this server for it (the request comes back through proxy.ts). */
function render(origin: string, host: string, address: PageAddress, expiresAt: number): Promise<CachedPage | null> {
  return new Promise((resolve) => {
    const request = httpRequest(
      new URL(address.key, origin),
      { headers: { host, [RENDER_HEADER]: RENDER_TOKEN, "accept-encoding": "identity" }, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", () => resolve(null));
        response.on("end", () => {
          const type = String(response.headers["content-type"] ?? "");
          if (response.statusCode !== 200 || !type.startsWith("text/html")) return resolve(null);
          const headers: Record<string, string> = {};
          for (const name of KEPT_HEADERS) {
            const value = response.headers[name];
            if (value) headers[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve(cachedPage(Buffer.concat(chunks).toString("utf8"), headers, address.letter, expiresAt));
        });
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
    request.end();
  });
}

/** A page's security headers, worked out once per cached page rather than once per reader. */
const securityHeadersFor = new WeakMap<CachedPage, Record<string, string>>();
function securityHeadersOf(page: CachedPage, headersFor: (scriptHashes: string[]) => Record<string, string>) {
  let headers = securityHeadersFor.get(page);
  if (!headers) securityHeadersFor.set(page, (headers = headersFor(page.scriptHashes)));
  return headers;
}

/** Is this the page cache's own request for a page (to be rendered, not served from the cache)? */
export const isCacheRender = (headers: Headers) => headers.get(RENDER_HEADER) === RENDER_TOKEN;

/**
 * This server's own address, where the cache asks for pages: `next start` records it when it
 * starts listening. Unknown under a custom server or in development, and then nothing is cached.
 */
function ownOrigin(): string | null {
  if (process.env.NODE_ENV !== "production") return null;
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://localhost:${process.env.PORT}` : null);
}

/**
 * The response for a cached page (rendering it first if need be), or null when the request is
 * not for a cached page or the page could not be rendered for the cache (a 404, an error): the
 * caller then lets Next answer it as usual. `headersFor` gives the security headers for a page
 * whose inline scripts have the given hashes.
 */
export async function cachedPageResponse(
  request: NextRequest,
  appUrl: string,
  headersFor: (scriptHashes: string[]) => Record<string, string>,
): Promise<NextResponse | null> {
  const origin = ownOrigin();
  if (!origin) return null;
  const { store, watch } = pageCache();
  await watch.start();
  if (!watch.letters) return null;
  const address = pageAddress(request.method, request.nextUrl, request.headers, watch.letters);
  if (!address) return null;

  const now = Date.now();
  const deadline = address.letter === ALL_LETTERS ? null : watch.letters.get(address.letter)?.deadline;
  // A letter closes by itself at its deadline: its page is not kept past that moment.
  const expiresAt = Math.min(now + PAGE_TTL_MS, deadline && deadline > now ? deadline : Infinity);
  const wasCached = store.get(address.key) !== undefined;
  const page = await store.fill(address.key, address.letter, () => render(origin, new URL(appUrl).host, address, expiresAt));
  if (!page) return null;

  const headers = {
    ...securityHeadersOf(page, headersFor),
    ...page.headers,
    // Browsers keep the page and ask again each time; an unchanged page costs a 304 and no body.
    "Cache-Control": "private, no-cache",
    "X-Page-Cache": wasCached ? "hit" : "miss",
  };
  // Next compresses the body for clients that accept it (a proxy's own Content-Encoding is not passed on).
  const response = await withEtag(request, page.etag, headers, () => page.html as Uint8Array<ArrayBuffer>);
  // As a NextResponse, so the proxy can set its cookie on it.
  return new NextResponse(response.body, response);
}
