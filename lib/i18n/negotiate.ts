import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "@/lib/i18n/locales";

/** The cookie that remembers the language a reader last chose (by opening a page in it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** "/fr/letters/x" → "fr"; an address without a language → null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/**
 * The language for an address that has none: the one the reader chose before, else the best
 * match for the browser's Accept-Language (zh-TW and zh-Hant find 中文, es-419 finds Español),
 * else English.
 */
export function preferredLocale(acceptLanguage: string | null, remembered: string | undefined): Locale {
  if (isLocale(remembered)) return remembered;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  try {
    const found = match(requested.filter((tag) => tag !== "*"), locales, defaultLocale);
    return isLocale(found) ? found : defaultLocale;
  } catch {
    // A malformed language tag in the header.
    return defaultLocale;
  }
}
