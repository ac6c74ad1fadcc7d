import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/users";
import { effectiveLetterStatus } from "@/lib/letters/status";

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
        where: { letterId: { in: letters.map((l) => l.id) }, status: "confirmed" },
        _count: { _all: true },
      })
    : [];
  const awaitingBy = new Map(awaiting.map((a) => [a.letterId, a._count._all]));
  return letters.map((l) => ({ ...l, status: effectiveLetterStatus(l), awaitingReview: awaitingBy.get(l.id) ?? 0 }));
}

/** Everything the overview and edit pages show. Callers check access first. */
export async function getLetterForCoordinator(letterId: string) {
  const letter = await db.letter.findUnique({
    where: { id: letterId },
    include: {
      coordinatorsOf: { include: { user: { select: { email: true } } } },
    },
  });
  if (!letter) return null;
  const [byStatus, earlierVersion] = await Promise.all([
    db.signature.groupBy({ by: ["status"], where: { letterId }, _count: { _all: true } }),
    // Signatures that stand (confirmed or approved) but agreed to an earlier text.
    db.signature.count({
      where: { letterId, status: { in: ["confirmed", "approved"] }, letterVersion: { lt: letter.version } },
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
