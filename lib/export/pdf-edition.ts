import { fail, type Result } from "@/lib/errors";
import { localeOr, locales, type Locale } from "@/lib/i18n/locales";
import { translationState, type LetterText } from "@/lib/letters/translation-status";
import type { ExportTranslation } from "@/lib/export/queries";
import { ALL_LANGUAGES, type PdfLanguage } from "@/lib/export/schema";

/** One text of the letter as the PDF prints it: the authoritative one or a translation. */
export type PdfSection = LetterText & { locale: Locale; kind: "authoritative" | "translation" };

/**
 * What a PDF prints: `locale` is the language of everything around the text (headings, date, page
 * numbers, countries); `sections[0]` is the text in that language, and with `language=all` each
 * current translation follows it, from a new page.
 */
export type PdfEdition = { locale: Locale; authoritative: Locale; sections: PdfSection[] };

type Letter = LetterText & { language: string };

/** What the PDF form offers: the authoritative language, and each language with a current translation. */
export type PdfLanguageChoices = { authoritative: Locale; translations: Locale[] };

export const authoritativeLanguage = (letter: { language: string }): Locale => localeOr(letter.language);

/** The languages a letter has a current translation in, in the order of `locales`. */
export function currentTranslations(letter: Letter, translations: ExportTranslation[]): PdfSection[] {
  const authoritative = authoritativeLanguage(letter);
  return locales.flatMap((locale): PdfSection[] => {
    const t = translations.find((row) => row.locale === locale);
    if (!t || locale === authoritative || translationState(t, letter) !== "current") return [];
    return [{ title: t.title, addressee: t.addressee, body: t.body, locale, kind: "translation" }];
  });
}

/**
 * The edition a coordinator asked for. A language without a current translation is refused, never
 * replaced by the authoritative text: the addressee must get the language the coordinator chose.
 */
export function choosePdfEdition(
  letter: Letter,
  translations: ExportTranslation[],
  language: PdfLanguage | undefined,
): Result<{ edition: PdfEdition }, "NO_CURRENT_TRANSLATION"> {
  const authoritative = authoritativeLanguage(letter);
  const original: PdfSection = { title: letter.title, addressee: letter.addressee, body: letter.body, locale: authoritative, kind: "authoritative" };
  const current = currentTranslations(letter, translations);
  if (language === undefined || language === authoritative) {
    return { ok: true, edition: { locale: authoritative, authoritative, sections: [original] } };
  }
  if (language === ALL_LANGUAGES) {
    return { ok: true, edition: { locale: authoritative, authoritative, sections: [original, ...current] } };
  }
  const translation = current.find((s) => s.locale === language);
  if (!translation) return fail("NO_CURRENT_TRANSLATION");
  return { ok: true, edition: { locale: language, authoritative, sections: [translation] } };
}
