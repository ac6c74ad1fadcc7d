import type { Locale } from "@/lib/i18n/locales";

const names = new Map<string, Intl.DisplayNames>();

/**
 * A language as a sentence in `inLanguage` names it ("French" on an English page, "anglais" on a
 * French one), from the runtime's Intl data, so no catalogue has to list 36 names.
 * Safe for the browser.
 */
export function languageName(language: string, inLanguage: Locale): string {
  let display = names.get(inLanguage);
  if (!display) {
    display = new Intl.DisplayNames([inLanguage], { type: "language", fallback: "code" });
    names.set(inLanguage, display);
  }
  return display.of(language) ?? language;
}

/**
 * The same name standing alone, as a heading or a list item: capitalised the way `inLanguage`
 * capitalises the start of a line ("Français", «Французский»), where a sentence keeps «французский».
 */
export function languageLabel(language: string, inLanguage: Locale): string {
  const name = languageName(language, inLanguage);
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}
