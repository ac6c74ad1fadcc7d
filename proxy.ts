import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { checkActionBody } from "@/lib/http/body-guard";
import { allowedHosts, claimedHosts, isAllowedHost, usesHttps } from "@/lib/http/hosts";
import { acceptsCrossSiteWrite, embedHeaders, FORWARDING_HEADERS, isCrossSiteWrite, newNonce, securityHeaders } from "@/lib/http/security";
import { languageRoute, LOCALE_HEADER, PATH_HEADER, rememberLocale } from "@/lib/i18n/proxy";
import { CARD_STYLE_HASH, isEmbedPath } from "@/lib/letters/embed-card";
import { cachedPageResponse, isCacheRender, RENDER_HEADER } from "@/lib/page-cache/serve";

const ALLOWED = allowedHosts(env.APP_URL, env.ALLOWED_HOSTS);
const APP_PROTOCOL = new URL(env.APP_URL).protocol;
// HSTS follows the configured address, not what a request says about its own scheme.
const HTTPS = usesHttps(env.APP_URL);

/**
 * Runs before every request (Node runtime). It only sets headers and refuses requests for another
 * host and cross-site writes; who may do what is checked by each action and route handler itself.
 *  - A Host (or, with TRUST_PROXY, X-Forwarded-Host) that is not APP_URL's host or in ALLOWED_HOSTS
 *    gets 421 before anything runs: links are built from APP_URL anyway, and this keeps a forged
 *    host away from every library that might read it.
 *  - Without TRUST_PROXY, forwarding headers sent by the client are dropped, so Next sets
 *    x-forwarded-for from the real socket (it does so only when the header is absent).
 *  - The CSP goes on the request too: Next reads the nonce from it for its own scripts.
 *  - An address without a language (an old link, "/") is redirected to the reader's language;
 *    a page in a language passes that language and its path on to the pages (switcher, hreflang).
 *  - The pages a crowd reads (the home page, a letter's page) come from the page cache
 *    (lib/page-cache/), with a CSP naming their inline scripts by hash instead of a nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const dev = process.env.NODE_ENV === "development";
  // A letter's badge and card are the only addresses other sites may frame or embed.
  const embed = isEmbedPath(request.nextUrl.pathname);
  const headers = embed ? embedHeaders({ https: HTTPS, styleHash: CARD_STYLE_HASH }) : securityHeaders({ scripts: { nonce }, https: HTTPS, dev });
  if (!isAllowedHost(request.headers, env.TRUST_PROXY, ALLOWED, APP_PROTOCOL)) {
    return new NextResponse("Unknown host.", { status: 421, headers: { ...headers, "Content-Type": "text/plain" } });
  }
  const requestHeaders = new Headers(request.headers);
  if (!env.TRUST_PROXY) for (const name of FORWARDING_HEADERS) requestHeaders.delete(name);
  const host = claimedHosts(request.headers, env.TRUST_PROXY)[0];

  // Except the one-click unsubscribe of update and digest mails, which mail clients post to from anywhere.
  if (isCrossSiteWrite(request.method, request.headers, host) && !acceptsCrossSiteWrite(request.method, request.nextUrl.pathname)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { ...headers, "Content-Type": "text/plain" } });
  }

  // Posts to pages are server actions (route handlers under /api check their own bodies).
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const verdict = await checkActionBody(request);
    if (!verdict.ok) {
      return new NextResponse(verdict.reason, { status: verdict.status, headers: { ...headers, "Content-Type": "text/plain" } });
    }
  }

  const language = languageRoute(request, env.APP_URL);
  if (language.kind === "redirect") {
    return new NextResponse(null, { status: 307, headers: { ...headers, Location: language.location, Vary: "Accept-Language, Cookie" } });
  }

  // The cache's own render of a page is stored and sent to everyone: its scripts carry no nonce.
  const forCache = isCacheRender(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  if (language.kind === "page" && !forCache) {
    const cached = await cachedPageResponse(request, env.APP_URL, (hashes) => securityHeaders({ scripts: { hashes }, https: HTTPS, dev }));
    if (cached) {
      rememberLocale(request, cached, language.locale, HTTPS);
      return cached;
    }
  }

  if (!forCache && !embed) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  }
  requestHeaders.delete(LOCALE_HEADER);
  requestHeaders.delete(PATH_HEADER);
  if (language.kind === "page") {
    requestHeaders.set(LOCALE_HEADER, language.locale);
    requestHeaders.set(PATH_HEADER, language.path);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  // Next copies a proxy's response headers onto the request too, and takes a nonce from that CSP.
  if (forCache) response.headers.delete("Content-Security-Policy");
  // An embed is shown on other sites, and may be kept by shared caches: it sets no cookie.
  if (language.kind === "page" && !embed) rememberLocale(request, response, language.locale, HTTPS);
  return response;
}

export const config = {
  // Every path: static files get the same headers (nosniff matters most for them).
  matcher: "/:path*",
};
