import "server-only";
import { db, type Tx } from "@/lib/db";
import { fail, type Result } from "@/lib/errors";
import { isLocale, localeOr, type Locale } from "@/lib/i18n/locales";
import { SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { publicVersion } from "@/lib/letters/queries";
import { effectiveLetterStatus, isSignable } from "@/lib/letters/status";
import { readingText, TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { listShape, type PageStart } from "@/lib/signatures/page-starts";
import { signatureSchema, type SignatureData } from "@/lib/signatures/schema";
import { PUBLIC_SIGNATURE_STATUS, transition } from "@/lib/signatures/status";
import { DEFAULT_TIER, type Tier, type TierCount } from "@/lib/signatures/tier-order";
import { hashToken, looksLikeToken } from "@/lib/signatures/tokens";
import type { SignatureKind } from "@/lib/signatures/kinds";

/**
 * A signatory as the public sees it (the letter's page and the public exports): the organisation
 * under the name it is shown by, its country, type and website, and when it was approved; never a
 * person or an address.
 */
export type PublicSignatory = {
  id: string;
  name: string;
  country: string;
  orgType: string;
  website: string | null;
  approvedAt: Date | null;
  /** initial, signatory or endorsement (lib/signatures/tier-order.ts) */
  tier: Tier;
  /** False for a signer at risk (lib/signatures/at-risk.ts): `name` is then empty, `website` null, and `country` empty if hidden too. */
  named: boolean;
  /** organisation or individual; an individual's name is `name`, and `affiliation` is "for identification only". */
  kind: SignatureKind;
  affiliation: string | null;
};

/** What the letter's page lists: organisation and country (and type); for an individual, their name and affiliation. */
export type ListedSignatory = Pick<PublicSignatory, "id" | "name" | "country" | "orgType" | "affiliation"> & { kind: string };



/** One tier's rows on a page of the public list: the tier, its whole count, where its first row here stands in it (1-based). */
export type TierSection = { tier: Tier; count: number; first: number; signatories: ListedSignatory[] };

/** A page of the public list: every tier of the letter with its count, and the page's rows in sections by tier. */
export type ApprovedListPage = { tiers: TierCount[]; sections: TierSection[] };

/**
 * Up to `take` approved rows of a tier (or of every tier, with null) from `start` on, in (sortKey,
 * id) order. `until`, the sortKey of the next page's first row when it is in the same tier, bounds
 * the index range read: the (letterId, status, sortKey) index does not hold the tier, so a tier's
 * rows are found among the others' and the bound keeps the search to this page's stretch.
 */
async function approvedRows(letterId: string, tier: Tier | null, start: PageStart | null, until: string | null, take: number, kind: SignatureKind | null): Promise<ListedSignatory[]> {
  const rows = await db.signature.findMany({
    where: {
      letterId,
      status: PUBLIC_SIGNATURE_STATUS,
      hideName: false,
      ...(kind && { kind }),
      ...(tier && { tier }),
      // (sortKey, id) >= start, written so that the index's range on sortKey does the work.
      ...((start || until !== null) && { sortKey: { ...(start && { gte: start.sortKey }), ...(until !== null && { lte: until }) } }),
      ...(start && { OR: [{ sortKey: { gt: start.sortKey } }, { id: { gte: start.id } }] }),
    },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
    take,
    select: { id: true, orgName: true, displayName: true, country: true, orgType: true, kind: true, affiliation: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.displayName ?? r.orgName, country: r.country, orgType: r.orgType, kind: r.kind, affiliation: r.affiliation }));
}

/**
 * One page of approved signatories, tier after tier (lib/signatures/tier-order.ts), alphabetical
 * within a tier: read from the page's start (its first row's tier, sortKey and id) with the
 * (letterId, status, sortKey) index, never by skipping the rows before it; a page that reaches the
 * end of a tier goes on from the head of the next. A letter whose signatories are all of one tier
 * is read exactly as before tiers existed (no condition on the tier). `version` is the letter's
 * public version (lib/letters/queries.ts) when the caller has it; otherwise it is read.
 */
export async function approvedListPage(letterId: string, page: number, version = async () => (await publicVersion(letterId)) ?? "", kind: SignatureKind | null = null): Promise<ApprovedListPage> {
  const { tiers, starts } = await listShape(letterId, await version(), kind);
  const start = page <= 1 ? null : starts[page - 1];
  if (start === undefined) return { tiers, sections: [] };
  // Rows of the list before this page, and of the tiers before the page's first tier.
  let position = (Math.max(page, 1) - 1) * SIGNATORIES_PAGE_SIZE;
  if (tiers.length <= 1) {
    const signatories = await approvedRows(letterId, null, start, null, SIGNATORIES_PAGE_SIZE, kind);
    const only = tiers[0] ?? { tier: DEFAULT_TIER, count: 0 };
    return { tiers, sections: signatories.length > 0 ? [{ ...only, first: position + 1, signatories }] : [] };
  }
  const next = starts[Math.max(page, 1)];
  const from = Math.max(0, start ? tiers.findIndex((t) => t.tier === start.tier) : 0);
  let before = tiers.slice(0, from).reduce((n, t) => n + t.count, 0);
  const sections: TierSection[] = [];
  for (let i = from, left = SIGNATORIES_PAGE_SIZE; i < tiers.length && left > 0; i++) {
    const until = next && next.tier === tiers[i].tier ? next.sortKey : null;
    const signatories = await approvedRows(letterId, tiers[i].tier, i === from ? start : null, until, left, kind);
    if (signatories.length > 0) sections.push({ ...tiers[i], first: position - before + 1, signatories });
    position += signatories.length;
    before += tiers[i].count;
    left -= signatories.length;
  }
  return { tiers, sections };
}

/** Signers counted but not named in public, by the country shown: null for those who hid it too, last. */
export type UnnamedGroup = { country: string | null; count: number };

/**
 * The approved signatories not named in public (lib/signatures/at-risk.ts), summed up by the
 * country the public may see, ordered by country code, those without one last: what the letter's
 * page shows after its list. Never a name, a website, or a hidden country.
 */
export async function unnamedGroups(letterId: string): Promise<UnnamedGroup[]> {
  const groups = await db.signature.groupBy({
    by: ["country", "hideCountry"],
    where: { letterId, status: PUBLIC_SIGNATURE_STATUS, hideName: true },
    _count: { _all: true },
  });
  const shown = new Map<string, number>();
  let unstated = 0;
  for (const g of groups) {
    if (g.hideCountry) unstated += g._count._all;
    else shown.set(g.country, (shown.get(g.country) ?? 0) + g._count._all);
  }
  const list: UnnamedGroup[] = [...shown].sort(([a], [b]) => (a < b ? -1 : 1)).map(([country, count]) => ({ country, count }));
  return unstated > 0 ? [...list, { country: null, count: unstated }] : list;
}

/** The rows of one page of the public list, tiers one after another (see approvedListPage). */
export async function listApprovedSignatories(letterId: string, page: number, version?: () => Promise<string>): Promise<ListedSignatory[]> {
  return (await approvedListPage(letterId, page, version)).sections.flatMap((s) => s.signatories);
}

/** What the confirm and withdraw pages show about the signature behind a token. */
export type TokenSignature = {
  orgName: string;
  country: string;
  orgType: string;
  website: string | null;
  status: string;
  /** organisation | individual (orgName is then the person's name), and an individual's affiliation. */
  kind: string;
  affiliation: string | null;
  letter: { slug: string; title: string; addressee: string; status: string; deadline: Date | null };
};

export type TokenPurpose = "confirm" | "withdraw";

/** Why a confirm or withdraw link cannot be used; each has a page title under "signing.tokenTitles". */
export type TokenProblemCode = "TOKEN_UNKNOWN" | "TOKEN_USED" | "TOKEN_EXPIRED" | "LETTER_CLOSED" | "LETTER_DELIVERED" | "NOT_WITHDRAWABLE";

export type TokenLookup = Result<{ signature: TokenSignature }, TokenProblemCode>;

const include = {
  signature: {
    select: {
      id: true, orgName: true, displayName: true, country: true, orgType: true, website: true, status: true, letterId: true, textLocale: true,
      kind: true, affiliation: true,
      signingLinkId: true,
      letter: {
        select: {
          id: true, slug: true, title: true, addressee: true, body: true, language: true, status: true, deadline: true, version: true,
          endorsementsOpen: true, translations: { select: TRANSLATION_FIELDS },
        },
      },
    },
  },
} as const;

/** The token's row with its signature and letter; `client` is a transaction when the caller writes next. */
export async function findToken(client: Tx | typeof db, token: string, purpose: TokenPurpose) {
  if (!looksLikeToken(token)) return null;
  const row = await client.signatureToken.findUnique({ where: { tokenHash: hashToken(token) }, include });
  return row && row.purpose === purpose ? row : null;
}

export type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;


/**
 * The letter a signer signs on a page in `locale`, with what that page showed them: the title
 * they read and the language of the text (the authoritative one, or a current translation).
 */
export async function letterAsSigned(slug: string, locale: Locale) {
  const letter = await db.letter.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, addressee: true, body: true, language: true, status: true, deadline: true, publishAt: true, endorsementsOpen: true, signerKinds: true,
      translations: { where: { locale }, select: TRANSLATION_FIELDS },
      _count: { select: { deliveries: true } },
    },
  });
  if (!letter) return null;
  const read = readingText({ ...letter, language: localeOr(letter.language) }, letter.translations, locale);
  return {
    id: letter.id, slug: letter.slug, status: letter.status, deadline: letter.deadline, title: read.title, textLocale: read.locale,
    publishAt: letter.publishAt, endorsementsOpen: letter.endorsementsOpen, deliveries: letter._count.deliveries,
    signerKinds: letter.signerKinds,
  };
}

/** The language a re-submission's confirm link carries beside its answers (applied when it confirms). */
export function proposedLanguage(stored: string | null): { locale: string; textLocale: string } | null {
  if (stored === null) return null;
  const { locale, textLocale } = JSON.parse(stored) as { locale?: unknown; textLocale?: unknown };
  return isLocale(locale) && isLocale(textLocale) ? { locale, textLocale } : null;
}

/** The answers a re-submission's confirm link carries (SignatureToken.answers), checked again as the form would. */
export function proposedAnswers(stored: string | null): SignatureData | null {
  return stored === null ? null : signatureSchema.parse(JSON.parse(stored));
}

/** Whether the token may be used now, and what its page shows; the same verdict for looking and for acting. */
export function checkToken(row: TokenRow | null, purpose: TokenPurpose, now = new Date()): TokenLookup {
  if (!row) return fail("TOKEN_UNKNOWN");
  const { signature } = row;
  const letterStatus = effectiveLetterStatus(signature.letter, now);
  if (row.usedAt) return fail("TOKEN_USED");
  if (row.expiresAt.getTime() <= now.getTime()) return fail("TOKEN_EXPIRED");
  if (purpose === "confirm") {
    if (!transition(signature.status, "confirm").ok) return fail("TOKEN_USED");
    // A draft is confirmed only by those who signed it through a private link (a founding signatory).
    const founding = letterStatus === "draft" && signature.signingLinkId !== null;
    if (!founding && !isSignable(signature.letter, now)) return fail(letterStatus === "delivered" ? "LETTER_DELIVERED" : "LETTER_CLOSED");
  } else {
    // Once delivered, a signature stays on record; while endorsements are open they may still be withdrawn.
    if (letterStatus === "delivered" && !signature.letter.endorsementsOpen) return fail("LETTER_DELIVERED");
    if (!transition(signature.status, "withdraw").ok) return fail("NOT_WITHDRAWABLE");
  }
  // A re-submission's confirm link shows the answers it would confirm.
  const shown = proposedAnswers(row.answers);
  // The letter as the signer read it: the translation they read while it still matches the text.
  const { letter } = signature;
  const read = readingText({ ...letter, language: localeOr(letter.language) }, letter.translations, localeOr(proposedLanguage(row.answers)?.textLocale ?? signature.textLocale ?? letter.language));
  return {
    ok: true,
    signature: {
      orgName: shown?.orgName ?? signature.displayName ?? signature.orgName,
      country: shown?.country ?? signature.country,
      orgType: shown ? (shown.orgType ?? "") : signature.orgType,
      kind: shown?.kind ?? signature.kind,
      affiliation: shown ? (shown.affiliation ?? null) : signature.affiliation,
      website: shown ? (shown.website ?? null) : signature.website,
      status: signature.status,
      letter: { slug: letter.slug, title: read.title, addressee: read.addressee, status: letter.status, deadline: letter.deadline },
    },
  };
}

/** What the confirm or withdraw page shows. Looking changes nothing: mail scanners follow links. */
export async function lookUpToken(token: string, purpose: TokenPurpose): Promise<TokenLookup> {
  return checkToken(await findToken(db, token, purpose), purpose);
}
