import "server-only";
import { db } from "@/lib/db";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { authoritativeLanguage, currentTranslations, type PdfLanguageChoices } from "@/lib/export/pdf-edition";
import { defaultLocale } from "@/lib/i18n/locales";
import { TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { effectiveLetterStatus, isPubliclyVisible } from "@/lib/letters/status";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { PublicSignatory } from "@/lib/signatures/queries";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";
import { DEFAULT_TIER, isTier, TIERS, type Tier } from "@/lib/signatures/tier-order";
import { SIGNATURE_KINDS, type SignatureKind } from "@/lib/signatures/kinds";

/**
 * Reads for the exports. Signatories come out in pages with keyset pagination, so a letter with
 * tens of thousands of signatures never holds more than one page of Prisma rows at a time.
 */
const PAGE_SIZE = 500;

const letterSelect = {
  id: true,
  slug: true,
  title: true,
  addressee: true,
  body: true,
  language: true,
  status: true,
  deadline: true,
  deliveredAt: true,
  version: true,
  approvedCount: true,
  signerKinds: true,
} as const;

export type ExportLetter = Prisma.LetterGetPayload<{ select: typeof letterSelect }>;

/** A letter anyone may export: published (open, closed or delivered), never a draft. */
export async function findPublicLetter(slug: string): Promise<ExportLetter | null> {
  const letter = await db.letter.findUnique({ where: { slug }, select: letterSelect });
  if (!letter || !isPubliclyVisible(effectiveLetterStatus(letter))) return null;
  return letter;
}

/** Any letter by id; the caller has already checked the coordinator's rights. */
/** The letter as a coordinator's export shows it: only for a letter they were checked to work on. */
export async function findLetterForExport({ id }: AuthorizedLetter): Promise<ExportLetter | null> {
  return db.letter.findUnique({ where: { id }, select: letterSelect });
}

/** A letter's translations, with the digest of the text each one translates (current or not is decided by the caller). */
export async function letterTranslations(letterId: string): Promise<ExportTranslation[]> {
  return db.letterTranslation.findMany({
    where: { letterId },
    select: TRANSLATION_FIELDS,
    orderBy: { locale: "asc" },
  });
}

export type ExportTranslation = { locale: string; title: string; addressee: string; body: string; sourceDigest: string };

/**
 * The languages a coordinator may print the letter's PDF in: its authoritative language and those
 * with a current translation (the PDF route refuses the others).
 */
export async function pdfLanguageChoices({ id }: AuthorizedLetter): Promise<PdfLanguageChoices> {
  const letter = await db.letter.findUnique({
    where: { id },
    select: { title: true, addressee: true, body: true, language: true, translations: { select: TRANSLATION_FIELDS } },
  });
  if (!letter) return { authoritative: defaultLocale, translations: [] };
  return { authoritative: authoritativeLanguage(letter), translations: currentTranslations(letter, letter.translations).map((t) => t.locale) };
}

/** Only public fields: private ones are never read for a public export, so they cannot leak. */
const publicSelect = {
  id: true,
  orgName: true,
  displayName: true,
  sortKey: true,
  country: true,
  orgType: true,
  website: true,
  reviewedAt: true,
  tier: true,
  hideName: true,
  hideCountry: true,
  kind: true,
  affiliation: true,
} as const;

type Keyed = { id: string; sortKey: string };

/**
 * Rows strictly after `last` in (sortKey, id) order: keyset pagination stays fast on the
 * (letterId, status, sortKey) index however deep the page, unlike OFFSET.
 */
function after(last: Keyed | null): Prisma.SignatureWhereInput {
  if (!last) return {};
  return { OR: [{ sortKey: { gt: last.sortKey } }, { sortKey: last.sortKey, id: { gt: last.id } }] };
}

const alphabetical: Prisma.SignatureOrderByWithRelationInput[] = [{ sortKey: "asc" }, { id: "asc" }];

/** Every row a query gives in (sortKey, id) order, fetched a page at a time. */
async function* inKeyOrder<R extends Keyed>(page: (after: Prisma.SignatureWhereInput) => Promise<R[]>): AsyncGenerator<R> {
  let last: R | null = null;
  for (;;) {
    const rows = await page(after(last));
    yield* rows;
    if (rows.length < PAGE_SIZE) return;
    last = rows[rows.length - 1];
  }
}

/**
 * The parts of a query, tier after tier (lib/signatures/tier-order.ts). One grouped count says which
 * tiers have rows; when only one has, the query is read as before tiers existed, without a
 * condition on the tier.
 */
async function tierParts(where: Prisma.SignatureWhereInput): Promise<Prisma.SignatureWhereInput[]> {
  const groups = await db.signature.groupBy({ by: ["tier"], where, _count: { _all: true } });
  const tiers = TIERS.filter((tier) => groups.some((g) => g.tier === tier));
  return tiers.length <= 1 ? [where] : tiers.map((tier) => ({ ...where, tier }));
}

/**
 * Organisations, then individuals (lib/signatures/kinds.ts), each tier after tier: the order the
 * letter page lists them in. A letter with one kind is read as before, without a condition on it.
 */
async function kindAndTierParts(where: Prisma.SignatureWhereInput): Promise<Prisma.SignatureWhereInput[]> {
  const groups = await db.signature.groupBy({ by: ["kind"], where, _count: { _all: true } });
  const kinds = groups.length <= 1 ? [where] : SIGNATURE_KINDS.map((kind) => ({ ...where, kind }));
  return (await Promise.all(kinds.map(tierParts))).flat();
}

/** Every row a query gives, organisations then individuals, tier after tier, each part in (sortKey, id) order. */
async function* inKindOrder<R extends Keyed>(where: Prisma.SignatureWhereInput, page: (where: Prisma.SignatureWhereInput) => Promise<R[]>): AsyncGenerator<R> {
  for (const part of await kindAndTierParts(where)) yield* inKeyOrder((afterLast) => page({ ...part, ...afterLast }));
}

const kindOf = (kind: string): SignatureKind => (kind === "individual" ? "individual" : "organisation");

const tierOf = (tier: string): Tier => (isTier(tier) ? tier : DEFAULT_TIER);

type PublicRow = { id: string; country: string; orgType: string; reviewedAt: Date | null; tier: string; kind: string; affiliation?: string | null };

/** A row as the public may see it: `name`, `website` (and the affiliation) are given only for a named signatory. */
const toPublic = (row: PublicRow, name: string, website: string | null, named: boolean): PublicSignatory => ({
  id: row.id, name, country: row.country, orgType: row.orgType, website, approvedAt: row.reviewedAt, tier: tierOf(row.tier),
  named, kind: kindOf(row.kind), affiliation: named ? (row.affiliation ?? null) : null,
});

/**
 * A tier's signatories who asked not to be named in public (lib/signatures/at-risk.ts), after its
 * named ones: those who show their country by country code, then those who do not, each in the
 * order they were added, never by name. Their name and website are not even read unless `reveal`
 * (a coordinator's copy for the addressee); a hidden country comes out empty.
 */
async function* unnamedSignatories(where: Prisma.SignatureWhereInput, reveal: boolean): AsyncGenerator<PublicSignatory> {
  const select = { id: true, country: true, orgType: true, reviewedAt: true, tier: true, kind: true, ...(reveal && { orgName: true, displayName: true, website: true, affiliation: true }) };
  const parts: [Prisma.SignatureWhereInput, Prisma.SignatureOrderByWithRelationInput[]][] = [
    [{ hideCountry: false }, [{ country: "asc" }, { id: "asc" }]],
    [{ hideCountry: true }, [{ id: "asc" }]],
  ];
  for (const [part, orderBy] of parts) {
    for (let skip = 0; ; skip += PAGE_SIZE) {
      const rows: (PublicRow & { orgName?: string; displayName?: string | null; website?: string | null })[] =
        await db.signature.findMany({ where: { ...where, hideName: true, ...part }, orderBy, select, skip, take: PAGE_SIZE });
      for (const row of rows) {
        if (reveal) yield toPublic(row, row.displayName ?? row.orgName ?? "", row.website ?? null, true);
        else yield toPublic({ ...row, country: part.hideCountry ? "" : row.country }, "", null, false);
      }
      if (rows.length < PAGE_SIZE) break;
    }
  }
}

/**
 * Approved signatories of a letter, organisations then individuals, tier after tier, public fields
 * only, page by page: in each part the named ones alphabetically, then those not named in public
 * (unnamedSignatories), with an empty name, no website and `named: false`. `reveal` names them (the
 * addressee's copy of the PDF only).
 */
export async function* approvedSignatories(letterId: string, { reveal = false }: { reveal?: boolean } = {}): AsyncGenerator<PublicSignatory> {
  for (const part of await kindAndTierParts({ letterId, status: PUBLIC_SIGNATURE_STATUS })) {
    const named = inKeyOrder((afterLast) =>
      db.signature.findMany({ where: { ...part, hideName: false, ...afterLast }, orderBy: alphabetical, select: publicSelect, take: PAGE_SIZE }),
    );
    for await (const row of named) yield toPublic(row, row.displayName ?? row.orgName, row.website, true);
    yield* unnamedSignatories(part, reveal);
  }
}

export type CoordinatorSignature = Prisma.SignatureGetPayload<{ select: typeof coordinatorSelect }>;

const coordinatorSelect = {
  ...publicSelect,
  status: true,
  contactName: true,
  email: true,
  role: true,
  comment: true,
  letterVersion: true,
  locale: true,
  textLocale: true,
  rejectionReason: true,
  createdAt: true,
  confirmedAt: true,
  withdrawnAt: true,
  erasedAt: true,
  source: true,
  sourceNote: true,
} as const;

/** Every signature of a letter in every status, with private fields, for its coordinators: tier after tier, alphabetical within each. */
export function allSignatures(letterId: string): AsyncGenerator<CoordinatorSignature> {
  return inKindOrder({ letterId }, (where) =>
    db.signature.findMany({ where, orderBy: alphabetical, select: coordinatorSelect, take: PAGE_SIZE }),
  );
}
