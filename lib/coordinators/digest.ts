import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeOr, pathIn, type Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/outbox";
import { digestMail } from "@/lib/mail/templates/digest";
import { listUnsubscribeHeaders } from "@/lib/mail/unsubscribe-link";
import { kickMailWorker } from "@/lib/mail/worker";
import { AWAITING_REVIEW_STATUS } from "@/lib/signatures/status";
import { repeatEvery } from "@/lib/repeat";

// The coordinators' daily digest: once a day, from DIGEST_HOUR_UTC, each coordinator who has it on
// gets one mail listing, per letter they coordinate (an administrator: every letter, as their
// workspace lists them), how many signatures await review; nothing when nothing awaits. Every
// instance polls; a coordinator's day is claimed by one conditional update of User.digestSentAt
// (still before today's hour), so however many instances race, one mail goes out. The day is
// claimed also when nothing awaits: the digest looks once a day, at the hour, and not again.

/** Today's digest hour (UTC) as of `now`: a digest is due once `now` has passed it. */
export function digestHour(now: Date, hour = env.DIGEST_HOUR_UTC): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
}

type Coordinator = { id: string; email: string; role: string; locale: string };

/** The letters of a coordinator with signatures awaiting review, with their counts, by title. */
async function awaitingReview(user: Coordinator) {
  const letters = await db.letter.findMany({
    where: user.role === "admin" ? {} : { coordinatorsOf: { some: { userId: user.id } } },
    select: { id: true, title: true },
  });
  if (!letters.length) return [];
  const counts = await db.signature.groupBy({
    by: ["letterId"],
    where: { letterId: { in: letters.map((l) => l.id) }, status: AWAITING_REVIEW_STATUS },
    _count: { _all: true },
  });
  const awaiting = new Map(counts.map((c) => [c.letterId, c._count._all]));
  return letters
    .filter((l) => awaiting.get(l.id))
    .map((l) => ({ ...l, awaiting: awaiting.get(l.id)! }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

const url = (locale: Locale, path: string) => `${env.APP_URL}${pathIn(locale, path)}`;

/**
 * Claims the coordinator's digest for today and queues it, in one transaction: the mail exists
 * exactly when the claim does. Returns whether this call sent one.
 */
async function sendDigestIfDue(user: Coordinator, hour: Date, now: Date): Promise<boolean> {
  const letters = await awaitingReview(user);
  const locale = localeOr(user.locale);
  const mail = letters.length
    ? await digestMail({
        to: user.email,
        locale,
        letters: letters.map((l) => ({ title: l.title, awaiting: l.awaiting, reviewUrl: `${url(locale, `/coordinator/letters/${l.id}/signatures`)}?status=${AWAITING_REVIEW_STATUS}` })),
        settingsUrl: url(locale, "/coordinator/settings"),
        headers: listUnsubscribeHeaders("digest", user.id),
      })
    : null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, disabledAt: null, digestEnabled: true, OR: [{ digestSentAt: null }, { digestSentAt: { lt: hour } }] },
      data: { digestSentAt: now },
    });
    if (count !== 1 || !mail) return false;
    await enqueueMail(tx, mail);
    return true;
  });
}

/** One pass: every coordinator whose digest is due gets it. Returns the ids of those mailed. */
export async function sendDueDigests(now = new Date()): Promise<string[]> {
  const hour = digestHour(now);
  if (now.getTime() < hour.getTime()) return [];
  const due = await db.user.findMany({
    where: { disabledAt: null, digestEnabled: true, OR: [{ digestSentAt: null }, { digestSentAt: { lt: hour } }] },
    select: { id: true, email: true, role: true, locale: true },
    orderBy: { id: "asc" },
    take: 200,
  });
  const sent: string[] = [];
  for (const user of due) if (await sendDigestIfDue(user, hour, now)) sent.push(user.id);
  if (sent.length) kickMailWorker();
  return sent;
}

/** Every instance runs this: a pass now and every `intervalMs` (lib/repeat.ts). */
export function startDigestSchedule(intervalMs = 60_000): void {
  repeatEvery("digest", intervalMs, async () => {
    const ids = await sendDueDigests();
    return ids.length ? `queued ${ids.length} daily digest(s)` : null;
  });
}
