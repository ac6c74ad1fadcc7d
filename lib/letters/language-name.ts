import type { Locale } from "@/lib/i18n/locales";

const names = new Map<string, Intl.DisplayNames>();

/**
 * A language as a sentence in `inLanguage` names it ("French" on an English page, "anglais" on a
 * French one), from the runtime's Intl data, so no catalogue has to list 36 names.
 * Safe for the browser.
 */
export function languageName(language: Locale, inLanguage: Locale): string {
  let display = names.get(inLanguage);
  if (!display) {
    display = new Intl.DisplayNames([inLanguage], { type: "language", fallback: "code" });
    names.set(inLanguage, display);
  }
  return display.of(language) ?? language;
}
