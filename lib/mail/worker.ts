import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OutboxMessage } from "@/lib/generated/sqlite/client";
import { storedHeaders } from "@/lib/mail/outbox";
import { afterFailedAttempt, INITIAL_OUTBOX_STATUS, SENT_STATUS } from "@/lib/mail/status";
import { getDeliver, type Deliver } from "@/lib/mail/transport";

/**
 * Sends queued mail. Rows are claimed with a lease (a conditional update that only one
 * instance can win), so several app instances on one database never send a mail twice,
 * and a crashed instance's claims expire and are picked up again.
 */
const LEASE_MS = 60_000;
const BATCH = 20;
const owner = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** 30 s, 1 min, 2 min ... capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Claims up to BATCH due mails in one statement and returns them, oldest first. */
async function claimDue(now: Date): Promise<OutboxMessage[]> {
  const until = new Date(now.getTime() + LEASE_MS);
  // The lease test is repeated outside the subquery: on PostgreSQL, an instance that chose the same
  // row while another claimed it re-reads the row once the other commits, and skips it.
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMessage" SET "leaseOwner" = ${owner}, "leaseUntil" = ${until}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = ${INITIAL_OUTBOX_STATUS} AND "nextAttemptAt" <= ${now}
        AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${BATCH}
    ) AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  const mails = await db.outboxMessage.findMany({ where: { id: { in: claimed.map((c) => c.id) }, leaseOwner: owner } });
  return mails.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

/** Sends one claimed mail; a failure is recorded on the mail, with its next attempt. */
async function sendOne(mail: OutboxMessage, deliver: Deliver): Promise<boolean> {
  try {
    // Stored as JSON; nodemailer takes them as `headers` (an update's List-Unsubscribe).
    await deliver({ ...mail, headers: storedHeaders(mail.headers) }, `<${mail.id}@undersigned>`);
    return true;
  } catch (error) {
    const attempts = mail.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[mail] sending ${mail.kind} ${mail.id} failed (attempt ${attempts}): ${message}`);
    await db.outboxMessage.updateMany({
      where: { id: mail.id, leaseOwner: owner },
      data: {
        attempts,
        lastError: message.slice(0, 1000),
        leaseUntil: null,
        status: afterFailedAttempt(attempts),
        nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
      },
    });
    return false;
  }
}

/** Sends every mail that is due now; returns how many were sent. */
export async function deliverDueMail(deliver: Deliver = getDeliver()): Promise<number> {
  let sent = 0;
  for (;;) {
    const mails = await claimDue(new Date());
    if (mails.length === 0) return sent;
    const delivered: string[] = [];
    for (const mail of mails) if (await sendOne(mail, deliver)) delivered.push(mail.id);
    // One write marks the batch sent. A crash before it leaves these leased: they go out again
    // after the lease, as a mail whose send and mark were split by a crash always has.
    if (delivered.length > 0) {
      await db.outboxMessage.updateMany({
        where: { id: { in: delivered }, leaseOwner: owner },
        data: { status: SENT_STATUS, sentAt: new Date(), attempts: { increment: 1 }, leaseUntil: null, lastError: null },
      });
    }
    sent += delivered.length;
    if (mails.length < BATCH) return sent;
  }
}

let running: Promise<unknown> | null = null;
let again = false;

/** Runs a delivery pass soon, without waiting for it; overlapping calls coalesce. */
export function kickMailWorker(): void {
  if (running) {
    again = true;
    return;
  }
  running = deliverDueMail()
    .catch((error) => console.error("[mail] delivery pass failed", error))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        kickMailWorker();
      }
    });
}

declare global {
  // One timer per process, also across development reloads.
  var undersignedMailTimer: NodeJS.Timeout | undefined;
}

/** Polls the outbox (retries, and mail queued by other instances). Idempotent. */
export function startMailWorker(intervalMs = 5_000): void {
  if (globalThis.undersignedMailTimer) return;
  globalThis.undersignedMailTimer = setInterval(kickMailWorker, intervalMs);
  globalThis.undersignedMailTimer.unref();
  kickMailWorker();
}
