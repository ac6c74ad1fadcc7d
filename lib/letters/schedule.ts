import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { fail, type Result } from "@/lib/errors";
import { INITIAL_LETTER_STATUS, letterTransition } from "@/lib/letters/status";
import { repeatEvery } from "@/lib/repeat";

// Scheduled publication (a press embargo): a coordinator sets the hour a draft opens by itself
// (Letter.publishAt, UTC). Every instance polls; a due draft is opened by one conditional update
// (still a draft, still due at the same hour), so however many instances race, one wins, and the
// winner writes the one audit event in the same transaction.

const DRAFT = INITIAL_LETTER_STATUS;
const OPEN = letterTransition(DRAFT, "publish")!;

type ScheduleCode = "NOT_FOUND" | "INVALID_TRANSITION" | "INVALID_VALUE";

/**
 * Sets (a date) or clears (null) the hour a draft opens by itself. The hour must be in the future
 * and, when the letter has a deadline, before it: a letter opened after its deadline would close at once.
 */
export async function setPublishAt({ id: letterId, actor }: AuthorizedLetter, publishAt: Date | null, now = new Date()): Promise<Result<object, ScheduleCode>> {
  return db.$transaction(async (tx): Promise<Result<object, ScheduleCode>> => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { status: true, publishAt: true, deadline: true } });
    if (!letter) return fail("NOT_FOUND");
    if (letter.status !== DRAFT) return fail("INVALID_TRANSITION");
    if (publishAt && (publishAt.getTime() <= now.getTime() || (letter.deadline && publishAt.getTime() >= letter.deadline.getTime()))) {
      return { ok: false, code: "INVALID_VALUE", fieldErrors: { publishAt: "INVALID_VALUE" } };
    }
    const { count } = await tx.letter.updateMany({ where: { id: letterId, status: DRAFT }, data: { publishAt } });
    if (count !== 1) return fail("INVALID_TRANSITION");
    await recordAudit(tx, {
      letterId, actor, action: "letter.schedule", targetType: "letter", targetId: letterId,
      details: { publishAt: { before: letter.publishAt?.toISOString() ?? null, after: publishAt?.toISOString() ?? null } },
    });
    return { ok: true };
  });
}

/**
 * Opens one due draft if nobody has yet. Its audit event names whoever set the hour (the last
 * "letter.schedule" event), with `scheduled: true`. Returns whether this call opened it.
 */
async function openIfDue(letterId: string, publishAt: Date, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.letter.updateMany({
      where: { id: letterId, status: DRAFT, publishAt: { equals: publishAt, lte: now } },
      data: { status: OPEN, publishedAt: publishAt },
    });
    if (count !== 1) return false;
    const scheduledBy = await tx.auditEvent.findFirst({
      where: { letterId, action: "letter.schedule" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { actorId: true, actorEmail: true },
    });
    await recordAudit(tx, {
      letterId, actor: { id: scheduledBy?.actorId ?? null, email: scheduledBy?.actorEmail ?? "" },
      action: "letter.publish", targetType: "letter", targetId: letterId,
      details: { from: DRAFT, to: OPEN, scheduled: true, publishAt: publishAt.toISOString() },
    });
    return true;
  });
}

/** One pass: opens every draft whose hour has come. Returns the ids this pass opened. */
export async function openDueLetters(now = new Date()): Promise<string[]> {
  const due = await db.letter.findMany({
    where: { status: DRAFT, publishAt: { lte: now } },
    select: { id: true, publishAt: true },
    orderBy: { publishAt: "asc" },
    take: 100,
  });
  const opened: string[] = [];
  for (const letter of due) if (await openIfDue(letter.id, letter.publishAt!, now)) opened.push(letter.id);
  return opened;
}

/** Every instance runs this: a pass now and every `intervalMs` (lib/repeat.ts). */
export function startPublicationSchedule(intervalMs = 5_000): void {
  repeatEvery("schedule", intervalMs, async () => {
    const ids = await openDueLetters();
    return ids.length ? `opened ${ids.length} letter(s) at their publication hour` : null;
  });
}
