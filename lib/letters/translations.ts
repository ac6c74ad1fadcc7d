import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { fail, type Failure, type Result } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { TranslationInput } from "@/lib/letters/schema";
import { textDigest } from "@/lib/letters/translation-status";

// Writes of a letter's translations. Each records which authoritative text it was made from (the
// version and the digest of the title, addressee and body), so a later edit of that text marks it
// out of date (lib/letters/translation-status.ts) until it is saved again or re-approved.

type TranslationCode = "NOT_FOUND" | "INVALID_VALUE";

/** The authoritative text as it is now, and what a translation made from it records. */
async function authoritativeSource(tx: Tx, letterId: string) {
  const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { title: true, addressee: true, body: true, language: true, version: true } });
  if (!letter) return null;
  return { language: letter.language, source: { sourceVersion: letter.version, sourceDigest: textDigest(letter) } };
}

/** The authoritative language has the letter itself, not a translation. */
const sameLanguage = (): Failure<"INVALID_VALUE"> => ({ ok: false, code: "INVALID_VALUE", fieldErrors: { locale: "INVALID_VALUE" } });

/** Creates or replaces the translation into `input.locale`, as a translation of the current text. */
export async function saveTranslation({ id: letterId, actor }: AuthorizedLetter, input: TranslationInput): Promise<Result<{ created: boolean }, TranslationCode>> {
  return db.$transaction(async (tx): Promise<Result<{ created: boolean }, TranslationCode>> => {
    const current = await authoritativeSource(tx, letterId);
    if (!current) return fail("NOT_FOUND");
    if (input.locale === current.language) return sameLanguage();
    const { locale, title, addressee, body } = input;
    const before = await tx.letterTranslation.findUnique({ where: { letterId_locale: { letterId, locale } } });
    const data = { title, addressee, body, ...current.source, updatedById: actor.id };
    await tx.letterTranslation.upsert({ where: { letterId_locale: { letterId, locale } }, create: { letterId, locale, ...data }, update: data });
    const changed = before ? (["title", "addressee", "body"] as const).filter((k) => before[k] !== input[k]) : ["title", "addressee", "body"];
    await recordAudit(tx, {
      letterId, actor, action: "translation.save", targetType: "letter", targetId: letterId,
      details: { locale, created: !before, changed, translatesVersion: current.source.sourceVersion },
    });
    return { ok: true, created: !before };
  });
}

/**
 * Re-approves a translation as it stands: someone checked that the authoritative text's change
 * does not affect it (a typo fixed, say). The translation's text is left alone.
 */
export async function approveTranslation({ id: letterId, actor }: AuthorizedLetter, locale: Locale): Promise<Result<object, TranslationCode>> {
  return db.$transaction(async (tx): Promise<Result<object, TranslationCode>> => {
    const current = await authoritativeSource(tx, letterId);
    if (!current) return fail("NOT_FOUND");
    const before = await tx.letterTranslation.findUnique({ where: { letterId_locale: { letterId, locale } } });
    if (!before) return fail("NOT_FOUND");
    await tx.letterTranslation.update({ where: { id: before.id }, data: { ...current.source, updatedById: actor.id } });
    await recordAudit(tx, {
      letterId, actor, action: "translation.approve", targetType: "letter", targetId: letterId,
      details: { locale, translatesVersion: { before: before.sourceVersion, after: current.source.sourceVersion } },
    });
    return { ok: true };
  });
}

/** Deletes the translation into `locale`; its readers get the authoritative text again. */
export async function deleteTranslation({ id: letterId, actor }: AuthorizedLetter, locale: Locale): Promise<Result<object, TranslationCode>> {
  return db.$transaction(async (tx): Promise<Result<object, TranslationCode>> => {
    const { count } = await tx.letterTranslation.deleteMany({ where: { letterId, locale } });
    if (count !== 1) return fail("NOT_FOUND");
    await recordAudit(tx, { letterId, actor, action: "translation.delete", targetType: "letter", targetId: letterId, details: { locale } });
    return { ok: true };
  });
}
