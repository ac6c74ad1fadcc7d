/**
 * The six official languages of the United Nations and the ITU, in the order the ITU lists them.
 * Safe for the browser: the language switcher and the sign form read it.
 */
export const locales = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language named in itself, as the switcher shows it. */
export const localeNames: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

/** A path of the app in a language: "/letters/x" → "/fr/letters/x", "" or "/" → "/fr". */
export const pathIn = (locale: Locale, path: string): string => `/${locale}${path === "/" ? "" : path}`;

/** A language read from storage or a URL: one of the six, else the default (never an unknown tag). */
export const localeOr = (value: string | null | undefined): Locale => (isLocale(value) ? value : defaultLocale);

export const directionOf = (locale: Locale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr");
