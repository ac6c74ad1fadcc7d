import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { PATH_HEADER } from "@/lib/i18n/proxy";
import { locales, pathIn, type Locale } from "@/lib/i18n/locales";

/** The page's address without its language, with its query, as proxy.ts passed it on. */
export async function requestPath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "";
}

/**
 * The page in each language, for <link rel="alternate" hreflang> and the canonical address, all
 * absolute from APP_URL; x-default is the address without a language, which picks the reader's.
 */
export function languageAlternates(locale: Locale, path: string) {
  const origin = new URL(env.APP_URL).origin;
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, `${origin}${pathIn(l, path)}`]));
  languages["x-default"] = `${origin}${path.startsWith("/") ? path : `/${path}`}`;
  return { canonical: `${origin}${pathIn(locale, path)}`, languages };
}
