import { localeNames, locales, pathIn, type Locale } from "@/lib/i18n/locales";

/**
 * Plain links to this page in each language, each named in itself and marked with its language,
 * so it works without JavaScript and a screen reader pronounces every name right. The current
 * language is this very page, hence aria-current="page"; app/globals.css marks it by weight and
 * underline, not colour alone.
 */
export function LanguageSwitcher({ current, path, label }: { current: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a href={pathIn(locale, path)} lang={locale} hrefLang={locale}
              aria-current={locale === current ? "page" : undefined}>
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
