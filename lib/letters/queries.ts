import "server-only";
import type { CurrentUser } from "@/lib/auth/queries";
import { db } from "@/lib/db";
import { localeOr, locales, type Locale } from "@/lib/i18n/locales";
import { TRANSLATION_FIELDS, translationState, type LetterText, type TranslationState } from "@/lib/letters/translation-status";
import { effectiveLetterStatus, isPubliclyVisible, PUBLIC_LETTER_STATUSES, type LetterStatus } from "@/lib/letters/status";
import { AWAITING_REVIEW_STATUS, PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";

// For the public: published letters only.

/** What the public sees of a letter. Drafts are never returned. */
export type PublicLetter = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  body: string;
  coordinators: string[];
  status: LetterStatus;
  deadline: Date | null;
  publishedAt: Date | null;
  approvedCount: number;
  version: number;
  /** A delivered letter that still takes signatures (endorsements). */
  endorsementsOpen: boolean;
  /** The language of the authoritative text. */
  language: Locale;
  /** Its translations, as readingText (lib/letters/translation-status.ts) takes them. */
  translations: PublicTranslation[];
  /** Who may sign: organisations, individuals or both (lib/signatures/kinds.ts). */
  signerKinds: string;
};
export type PublicTranslation = LetterText & { locale: string; sourceDigest: string };

const publicSelect = {
  id: true, slug: true, title: true, addressee: true, body: true, coordinators: true, status: true,
  deadline: true, publishedAt: true, approvedCount: true, version: true, language: true, endorsementsOpen: true,
  signerKinds: true,
} as const;

/** A stored language as a Locale; a value the app does not know reads as the default. */

function toPublic(row: {
  id: string; slug: string; title: string; addressee: string; body: string; coordinators: string; status: string;
  deadline: Date | null; publishedAt: Date | null; approvedCount: number; version: number; language: string;
  endorsementsOpen: boolean; translations: PublicTranslation[]; signerKinds: string;
}): PublicLetter {
  return {
    ...row,
    language: localeOr(row.language),
    coordinators: row.coordinators.split("\n").map((c) => c.trim()).filter(Boolean),
    status: effectiveLetterStatus(row),
  };
}

/**
 * A letter's public version: it differs after any change a reader can see, on its page or in its
 * public lists, without reading a signature row.
 *  - `revision` goes up with every audited change (lib/audit/record.ts): approvals, rejections,
 *    renames, erasures, edits, status changes, translations;
 *  - `updatedAt` moves with any other write to the letter's row (a signer's withdrawal of an
 *    approved signature moves approvedCount).
 * The page cache, the public exports' ETag and the list's page starts are kept under it.
 */
export const publicVersionOf = (letter: { revision: number; updatedAt: Date }): string =>
  `${letter.revision}.${letter.updatedAt.getTime()}`;

/** The letter's public version (above), or null when there is no such letter. */
export async function publicVersion(letterId: string): Promise<string | null> {
  const letter = await db.letter.findUnique({ where: { id: letterId }, select: { revision: true, updatedAt: true } });
  return letter && publicVersionOf(letter);
}

/** A published letter with all its translations, so the page can pick what its reader is shown. */
export async function getPublicLetter(slug: string): Promise<PublicLetter | null> {
  const row = await db.letter.findUnique({ where: { slug }, select: { ...publicSelect, translations: { select: TRANSLATION_FIELDS } } });
  if (!row || !isPubliclyVisible(effectiveLetterStatus(row))) return null;
  return toPublic(row);
}

/** Open letters first (newest first), then closed and delivered ones; with their translation into `reader` only. */
export async function listPublicLetters(reader: Locale): Promise<PublicLetter[]> {
  const rows = await db.letter.findMany({
    where: { status: { in: PUBLIC_LETTER_STATUSES } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: { ...publicSelect, translations: { where: { locale: reader }, select: TRANSLATION_FIELDS } },
    take: 200,
  });
  const letters = rows.map(toPublic);
  return [...letters.filter((l) => l.status === "open"), ...letters.filter((l) => l.status !== "open")];
}

// For coordinators: letters in any status. Callers check access first.

/** The letters a person may work on: all for admins, assigned ones for coordinators. */
export async function listLettersFor(user: CurrentUser) {
  const letters = await db.letter.findMany({
    where: user.role === "admin" ? {} : { coordinatorsOf: { some: { userId: user.id } } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, slug: true, status: true, deadline: true, approvedCount: true, updatedAt: true },
  });
  const awaiting = letters.length
    ? await db.signature.groupBy({
        by: ["letterId"],
        where: { letterId: { in: letters.map((l) => l.id) }, status: AWAITING_REVIEW_STATUS },
        _count: { _all: true },
      })
    : [];
  const awaitingBy = new Map(awaiting.map((a) => [a.letterId, a._count._all]));
  return letters.map((l) => ({ ...l, status: effectiveLetterStatus(l), awaitingReview: awaitingBy.get(l.id) ?? 0 }));
}

/** Everything the overview and edit pages show. */
export async function getLetterForCoordinator(letterId: string) {
  const letter = await db.letter.findUnique({
    where: { id: letterId },
    include: {
      versions: { orderBy: { version: "desc" }, select: { version: true, createdAt: true } },
      coordinatorsOf: { include: { user: { select: { email: true } } } },
    },
  });
  if (!letter) return null;
  const [byStatus, earlierVersion] = await Promise.all([
    db.signature.groupBy({ by: ["status"], where: { letterId }, _count: { _all: true } }),
    // Signatures that stand (confirmed or approved) but agreed to an earlier text.
    db.signature.count({
      where: { letterId, status: { in: [AWAITING_REVIEW_STATUS, PUBLIC_SIGNATURE_STATUS] }, letterVersion: { lt: letter.version } },
    }),
  ]);
  const counts: Record<string, number> = {};
  for (const g of byStatus) counts[g.status] = g._count._all;
  const confirmedCurrent = await db.signature.count({ where: { letterId, letterVersion: letter.version } });
  return {
    ...letter,
    effectiveStatus: effectiveLetterStatus(letter),
    counts,
    earlierVersionSignatures: earlierVersion,
    /** Signatures that confirmed the current text: saving a text change then starts a new version. */
    confirmedCurrent,
    coordinatorEmails: letter.coordinatorsOf.map((c) => c.user.email),
  };
}

export type TranslationRow = {
  locale: Locale;
  /** missing: no translation yet. */
  state: TranslationState | "missing";
  translation: (LetterText & { sourceVersion: number; updatedAt: Date }) | null;
};

/**
 * The authoritative text and, for every other language, its translation and whether it is still
 * current. For the translations tab and the overview. Callers check access first.
 */
export async function getLetterTranslations(letterId: string) {
  const letter = await db.letter.findUnique({
    where: { id: letterId },
    select: {
      id: true, title: true, addressee: true, body: true, language: true, version: true, status: true,
      translations: { select: { locale: true, title: true, addressee: true, body: true, sourceDigest: true, sourceVersion: true, updatedAt: true } },
    },
  });
  if (!letter) return null;
  const language = localeOr(letter.language);
  const rows: TranslationRow[] = locales
    .filter((locale) => locale !== language)
    .map((locale) => {
      const found = letter.translations.find((t) => t.locale === locale);
      if (!found) return { locale, state: "missing", translation: null };
      const { sourceDigest, ...translation } = found;
      return { locale, state: translationState({ sourceDigest }, letter), translation };
    });
  return { id: letter.id, title: letter.title, addressee: letter.addressee, body: letter.body, version: letter.version, status: letter.status, language, translations: rows };
}
