import { createHash } from "node:crypto";
import type { Locale } from "@/lib/i18n/locales";

/** The three parts of a letter that are translated. */
export type LetterText = { title: string; addressee: string; body: string };

/**
 * A fingerprint of the authoritative text a translation was made from. Any change to the title,
 * the addressee or the body changes it, whether or not the change made a new letter version
 * (the current version is edited in place until someone confirms it).
 */
export function textDigest(text: LetterText): string {
  return createHash("sha256").update(JSON.stringify([text.title, text.addressee, text.body])).digest("hex");
}

/** The columns of a LetterTranslation that readingText and translationState read. */
export const TRANSLATION_FIELDS = { locale: true, title: true, addressee: true, body: true, sourceDigest: true } as const;

export type TranslationState = "current" | "outdated";

/** A translation is current while it still translates the authoritative text as it is now. */
export function translationState(translation: { sourceDigest: string }, authoritative: LetterText): TranslationState {
  return translation.sourceDigest === textDigest(authoritative) ? "current" : "outdated";
}

/**
 * What a reader of `locale` is shown: the authoritative text when it is in their language, a
 * current translation when there is one, else the authoritative text with a note (`missing`, or
 * `outdated` when a translation exists but no longer matches the authoritative text).
 */
export type ReadingText = LetterText & {
  locale: Locale;
  kind: "authoritative" | "translation";
  /** Why the reader does not get their language, when they do not. */
  note: "missing" | "outdated" | null;
};

export function readingText(
  letter: LetterText & { language: Locale },
  translations: (LetterText & { locale: string; sourceDigest: string })[],
  reader: Locale,
): ReadingText {
  const authoritative: ReadingText = { title: letter.title, addressee: letter.addressee, body: letter.body, locale: letter.language, kind: "authoritative", note: null };
  if (reader === letter.language) return authoritative;
  const translation = translations.find((t) => t.locale === reader);
  if (!translation) return { ...authoritative, note: "missing" };
  if (translationState(translation, letter) === "outdated") return { ...authoritative, note: "outdated" };
  return { title: translation.title, addressee: translation.addressee, body: translation.body, locale: reader, kind: "translation", note: null };
}
