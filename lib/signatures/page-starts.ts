import "server-only";
import { db } from "@/lib/db";
import { SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";

/**
 * Where each page of a letter's public list begins: the (sortKey, id) of its first row, in the
 * list's order (sortKey, then id for equal keys). A page is then read from its start with the
 * (letterId, status, sortKey) index and a LIMIT, never by skipping the rows before it (OFFSET),
 * so page 50 costs what page 1 costs, and `?page=N` links keep meaning "rows 100(N-1)+1 on".
 *
 * The starts are computed by one query per change of the list and kept per letter, under the
 * list's version: whoever asks passes a string that differs whenever the approved list may have
 * changed (an approval, rejection, withdrawal, rename, erasure), and a different version
 * recomputes them. Every instance checks the version on each read, so none serves another's stale
 * starts.
 */
export type PageStart = { sortKey: string; id: string };

/** Letters whose starts are kept at once; the least recently read goes first. */
const KEPT_LETTERS = 200;

const kept = new Map<string, { version: string; starts: Promise<PageStart[]> }>();

/**
 * The first row of every page, one row per page: numbered in the database (a window function over
 * the approved rows), so only (pages) rows come back, not every signatory.
 */
function readPageStarts(letterId: string): Promise<PageStart[]> {
  return db.$queryRaw<PageStart[]>`SELECT "sortKey", "id" FROM (
      SELECT "sortKey", "id", ROW_NUMBER() OVER (ORDER BY "sortKey", "id") AS "position"
      FROM "Signature" WHERE "letterId" = ${letterId} AND "status" = ${PUBLIC_SIGNATURE_STATUS}
    ) AS "numbered"
    WHERE ("position" - 1) % ${SIGNATORIES_PAGE_SIZE} = 0
    ORDER BY "position"`;
}

/** The page starts of a letter's approved list as of `version` (see above), computed once per version. */
export function pageStarts(letterId: string, version: string): Promise<PageStart[]> {
  const found = kept.get(letterId);
  kept.delete(letterId);
  if (found && found.version === version) {
    kept.set(letterId, found);
    return found.starts;
  }
  const entry = { version, starts: readPageStarts(letterId) };
  // A failed read is not kept: the next request tries again.
  entry.starts.catch(() => kept.get(letterId) === entry && kept.delete(letterId));
  kept.set(letterId, entry);
  if (kept.size > KEPT_LETTERS) kept.delete(kept.keys().next().value!);
  return entry.starts;
}

/** The start of page `page` (1-based): null for the first page (the list's head), undefined past the end. */
export async function pageStart(letterId: string, page: number, version: () => Promise<string>): Promise<PageStart | null | undefined> {
  if (page <= 1) return null;
  return (await pageStarts(letterId, await version()))[page - 1];
}
