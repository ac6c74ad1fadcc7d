import "server-only";
import { db } from "@/lib/db";
import { SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";
import { DEFAULT_TIER, TIERS, type Tier, type TierCount } from "@/lib/signatures/tier-order";
import type { SignatureKind } from "@/lib/signatures/kinds";

/**
 * Where each page of a letter's public list begins: the (tier, sortKey, id) of its first row, in the
 * list's order (tiers in their order, lib/signatures/tier-order.ts; within a tier sortKey, then id
 * for equal keys). A page is then read from its start with the (letterId, status, sortKey) index
 * and a LIMIT, never by skipping the rows before it (OFFSET), so page 50 costs what page 1 costs,
 * and `?page=N` links keep meaning "rows 100(N-1)+1 on".
 *
 * The list holds the named signatories only: those counted but not named in public
 * (lib/signatures/at-risk.ts) are summed up after it (unnamedGroups in queries.ts), never placed
 * among the names, where their position would tell the first letters of theirs.
 *
 * With the starts come the approved count of each tier (the headings' counts). Both are computed
 * by a few queries per change of the list and kept per letter, under the list's version: whoever
 * asks passes a string that differs whenever the approved list may have changed (an approval,
 * rejection, withdrawal, rename, erasure), and a different version recomputes them. Every instance
 * checks the version on each read, so none serves another's stale starts.
 */
export type PageStart = { tier: Tier; sortKey: string; id: string };

/** What the list looks like as of a version: its tiers with their counts (only those with rows), and its page starts. */
export type ListShape = { tiers: TierCount[]; starts: PageStart[] };

/** Letters whose starts are kept at once; the least recently read goes first. */
const KEPT_LETTERS = 200;

const kept = new Map<string, { version: string; shape: Promise<ListShape> }>();

/** Approved named signatories per tier (of one kind, when given), one grouped count; tiers without any are left out. */
async function readTierCounts(letterId: string, kind: SignatureKind | null): Promise<TierCount[]> {
  const groups = await db.signature.groupBy({ by: ["tier"], where: { letterId, status: PUBLIC_SIGNATURE_STATUS, hideName: false, ...(kind && { kind }) }, _count: { _all: true } });
  return TIERS.map((tier) => ({ tier, count: groups.find((g) => g.tier === tier)?._count._all ?? 0 })).filter((t) => t.count > 0);
}

/**
 * The first row of every page, one row per page: numbered in the database (a window function over
 * the approved rows in index order), so only (pages) rows come back, not every signatory. A list
 * of one tier is numbered as a whole; a list of several is numbered tier by tier, each tier's rows
 * counted on from where the tiers before it ended (`before`), so no query sorts by tier.
 */
function readStarts(letterId: string, tier: Tier | null, before: number, kind: SignatureKind | null = null): Promise<{ sortKey: string; id: string }[]> {
  // One kind's list (a letter that lists individuals and organisations apart), tier by tier, on
  // the (letterId, status, kind, tier, sortKey) index.
  if (kind !== null) {
    return db.$queryRaw`SELECT "sortKey", "id" FROM (
        SELECT "sortKey", "id", ROW_NUMBER() OVER (ORDER BY "sortKey", "id") AS "position"
        FROM "Signature" WHERE "letterId" = ${letterId} AND "status" = ${PUBLIC_SIGNATURE_STATUS} AND "kind" = ${kind} AND "tier" = ${tier ?? DEFAULT_TIER}
      ) AS "numbered"
      WHERE ("position" - 1 + ${before}) % ${SIGNATORIES_PAGE_SIZE} = 0
      ORDER BY "position"`;
  }
  if (tier === null) {
    return db.$queryRaw`SELECT "sortKey", "id" FROM (
        SELECT "sortKey", "id", ROW_NUMBER() OVER (ORDER BY "sortKey", "id") AS "position"
        FROM "Signature" WHERE "letterId" = ${letterId} AND "status" = ${PUBLIC_SIGNATURE_STATUS} AND NOT "hideName"
      ) AS "numbered"
      WHERE ("position" - 1) % ${SIGNATORIES_PAGE_SIZE} = 0
      ORDER BY "position"`;
  }
  return db.$queryRaw`SELECT "sortKey", "id" FROM (
      SELECT "sortKey", "id", ROW_NUMBER() OVER (ORDER BY "sortKey", "id") AS "position"
      FROM "Signature" WHERE "letterId" = ${letterId} AND "status" = ${PUBLIC_SIGNATURE_STATUS} AND NOT "hideName" AND "tier" = ${tier}
    ) AS "numbered"
    WHERE ("position" - 1 + ${before}) % ${SIGNATORIES_PAGE_SIZE} = 0
    ORDER BY "position"`;
}

async function readShape(letterId: string, kind: SignatureKind | null): Promise<ListShape> {
  const tiers = await readTierCounts(letterId, kind);
  if (tiers.length <= 1 && kind === null) {
    const tier = tiers[0]?.tier ?? DEFAULT_TIER;
    return { tiers, starts: (await readStarts(letterId, null, 0)).map((s) => ({ tier, ...s })) };
  }
  const starts: PageStart[] = [];
  let before = 0;
  for (const { tier, count } of tiers) {
    for (const s of await readStarts(letterId, tier, before, kind)) starts.push({ tier, ...s });
    before += count;
  }
  return { tiers, starts };
}

/**
 * The tiers and page starts of a letter's approved list as of `version` (see above), computed once
 * per version; with `kind`, of that kind's list only (individuals and organisations listed apart).
 */
export function listShape(letterId: string, version: string, kind: SignatureKind | null = null): Promise<ListShape> {
  const key = kind ? `${letterId} ${kind}` : letterId;
  const found = kept.get(key);
  kept.delete(key);
  if (found && found.version === version) {
    kept.set(key, found);
    return found.shape;
  }
  const entry = { version, shape: readShape(letterId, kind) };
  // A failed read is not kept: the next request tries again.
  entry.shape.catch(() => kept.get(key) === entry && kept.delete(key));
  kept.set(key, entry);
  if (kept.size > KEPT_LETTERS) kept.delete(kept.keys().next().value!);
  return entry.shape;
}
