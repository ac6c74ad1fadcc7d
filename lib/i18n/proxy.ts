import type { NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, localeOfPath, preferredLocale } from "@/lib/i18n/negotiate";
import type { Locale } from "@/lib/i18n/locales";

/** next-intl reads the request's language from this header (its middleware's name for it). */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
/** The page's address without its language, with its query: the switcher and hreflang links use it. */
export const PATH_HEADER = "x-undersigned-path";

export type LanguageRoute =
  | { kind: "page"; locale: Locale; path: string }
  | { kind: "redirect"; location: string }
  | { kind: "other" };

// Route handlers with no language, Next's own files, and files at the root of public/
// (favicon.ico, robots.txt). A deeper name with a dot is a page's export
// (/letters/<slug>/signatories.csv): it has a language like the page.
const outsideLanguages = (pathname: string) =>
  pathname.startsWith("/api/") || pathname.startsWith("/_next/") || /^\/[^/]+\.[a-z0-9]+$/i.test(pathname);

/**
 * Where a request belongs, language-wise. An address without a language is sent, with its query,
 * to the same address in the reader's language; the redirect is built from APP_URL, never from the
 * request's Host. Only reads are redirected: a form post to an old address is not replayed.
 */
export function languageRoute(request: NextRequest, appUrl: string): LanguageRoute {
  const { pathname, search } = request.nextUrl;
  if (outsideLanguages(pathname)) return { kind: "other" };
  const locale = localeOfPath(pathname);
  if (locale) return { kind: "page", locale, path: `${pathname.slice(locale.length + 1)}${search}` };
  if (request.method !== "GET" && request.method !== "HEAD") return { kind: "other" };
  const chosen = preferredLocale(request.headers.get("accept-language"), request.cookies.get(LOCALE_COOKIE)?.value);
  const target = new URL(`/${chosen}${pathname === "/" ? "" : pathname}${search}`, new URL(appUrl).origin);
  return { kind: "redirect", location: target.toString() };
}

const YEAR = 365 * 24 * 60 * 60;

/** Opening a page in a language (by the switcher or a shared link) makes it the reader's choice for "/". */
export function rememberLocale(request: NextRequest, response: NextResponse, locale: Locale, https: boolean) {
  if (request.method !== "GET" || request.cookies.get(LOCALE_COOKIE)?.value === locale) return;
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", secure: https, httpOnly: true });
}
