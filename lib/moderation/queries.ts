import "server-only";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { ReviewFilter } from "@/lib/moderation/schema";
import { isFreeMail } from "@/lib/email-address";
import { emailMatchesWebsite, foldText, nameKeyOf } from "@/lib/signatures/normalise";
import { SIGNATURE_STATUSES, type SignatureStatus } from "@/lib/signatures/status";

export const PAGE_SIZE = 50;

export type ReviewHints = {
  /** Other signatures of this letter whose name normalises the same way. */
  sameName: { id: string; name: string; status: string }[];
  /** How many other signatures share this email domain (not counted for free mail). */
  sameDomain: number;
  freeMail: boolean;
  emailAtWebsite: boolean;
  /**
   * How many signatures of this letter (this one included) came from its network within an hour
   * either side of it; 0 below NETWORK_HINT_THRESHOLD. A shared network (a conference, an office)
   * is no reason to refuse anyone, but a coordinator should look twice.
   */
  sameNetwork: number;
};

/** From this many signatures from one network within an hour, the queue says so. */
export const NETWORK_HINT_THRESHOLD = 5;
const NETWORK_WINDOW_MS = 3_600_000;

// Case-insensitive search that behaves alike on SQLite and PostgreSQL: compare normalised columns.
function searchWhere(q: string | undefined) {
  if (!q) return {};
  const folded = foldText(q);
  const key = nameKeyOf(q);
  return {
    OR: [
      { sortKey: { contains: folded } },
      ...(key ? [{ nameKey: { contains: key } }] : []),
      { emailCanonical: { contains: q.toLowerCase() } },
      { email: { contains: q } },
      // The name as typed, when a coordinator's correction replaced it in the keys (exact case).
      { orgName: { contains: q } },
      { contactName: { contains: q } },
    ],
  };
}

/** The moderation queue: newest confirmation first, with counts per status and duplicate hints. */
export async function reviewQueue({ id: letterId }: AuthorizedLetter, filter: ReviewFilter) {
  const where = {
    letterId,
    ...(filter.status === "all" ? {} : { status: filter.status }),
    ...(filter.country ? { country: filter.country } : {}),
    ...(filter.orgType ? { orgType: filter.orgType } : {}),
    ...searchWhere(filter.q),
  };
  const [rows, total, grouped, countries] = await Promise.all([
    db.signature.findMany({
      where,
      orderBy: [{ confirmedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.signature.count({ where }),
    db.signature.groupBy({ by: ["status"], where: { letterId }, _count: { _all: true } }),
    db.signature.groupBy({ by: ["country"], where: { letterId }, orderBy: { country: "asc" } }),
  ]);
  const counts = Object.fromEntries(SIGNATURE_STATUSES.map((s) => [s, 0])) as Record<SignatureStatus, number>;
  for (const g of grouped) if (g.status in counts) counts[g.status as SignatureStatus] = g._count._all;
  const hints = await hintsFor(letterId, rows);
  return {
    rows: rows.map((r) => ({ ...r, hints: hints.get(r.id)! })),
    total,
    counts,
    countries: countries.map((c) => c.country),
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

type HintSource = { id: string; nameKey: string; emailDomain: string; website: string | null; network: string | null; createdAt: Date };

/** Signatures of the letter from the page's networks, in the time the page's rows span (± the window). */
function networkNeighbours(letterId: string, rows: HintSource[]) {
  const networks = [...new Set(rows.map((r) => r.network).filter((n): n is string => Boolean(n)))];
  if (!networks.length) return Promise.resolve([]);
  const times = rows.filter((r) => r.network).map((r) => r.createdAt.getTime());
  return db.signature.findMany({
    where: {
      letterId,
      network: { in: networks },
      createdAt: { gte: new Date(Math.min(...times) - NETWORK_WINDOW_MS), lte: new Date(Math.max(...times) + NETWORK_WINDOW_MS) },
    },
    select: { network: true, createdAt: true },
  });
}

function sameNetworkCount(row: HintSource, neighbours: { network: string | null; createdAt: Date }[]): number {
  if (!row.network) return 0;
  const at = row.createdAt.getTime();
  const count = neighbours.filter((n) => n.network === row.network && Math.abs(n.createdAt.getTime() - at) <= NETWORK_WINDOW_MS).length;
  return count >= NETWORK_HINT_THRESHOLD ? count : 0;
}

/** Duplicate and shared-network hints for one page of rows, in three queries whatever the page size. */
async function hintsFor(letterId: string, rows: HintSource[]): Promise<Map<string, ReviewHints>> {
  const nameKeys = [...new Set(rows.map((r) => r.nameKey).filter(Boolean))];
  const domains = [...new Set(rows.map((r) => r.emailDomain).filter((d) => !isFreeMail(d)))];
  const [sameNames, sameDomains, neighbours] = await Promise.all([
    nameKeys.length
      ? db.signature.findMany({
          where: { letterId, nameKey: { in: nameKeys } },
          select: { id: true, nameKey: true, orgName: true, displayName: true, status: true },
        })
      : [],
    domains.length
      ? db.signature.groupBy({ by: ["emailDomain"], where: { letterId, emailDomain: { in: domains } }, _count: { _all: true } })
      : [],
    networkNeighbours(letterId, rows),
  ]);
  const domainCount = new Map(sameDomains.map((d) => [d.emailDomain, d._count._all]));
  const out = new Map<string, ReviewHints>();
  for (const r of rows) {
    const free = isFreeMail(r.emailDomain);
    out.set(r.id, {
      sameName: sameNames
        .filter((s) => s.nameKey === r.nameKey && s.id !== r.id)
        .map((s) => ({ id: s.id, name: s.displayName ?? s.orgName, status: s.status })),
      sameDomain: free ? 0 : Math.max(0, (domainCount.get(r.emailDomain) ?? 1) - 1),
      freeMail: free,
      emailAtWebsite: emailMatchesWebsite(r.emailDomain, r.website),
      sameNetwork: sameNetworkCount(r, neighbours),
    });
  }
  return out;
}
