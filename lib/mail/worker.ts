import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
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

async function claimDue(now: Date): Promise<string[]> {
  const due = await db.outboxMessage.findMany({
    where: { status: INITIAL_OUTBOX_STATUS, nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  const claimed: string[] = [];
  for (const { id } of due) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id, status: INITIAL_OUTBOX_STATUS, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) },
    });
    if (count === 1) claimed.push(id);
  }
  return claimed;
}

async function sendOne(id: string, deliver: Deliver): Promise<boolean> {
  const mail = await db.outboxMessage.findUnique({ where: { id } });
  if (!mail || mail.status !== INITIAL_OUTBOX_STATUS || mail.leaseOwner !== owner) return false;
  try {
    await deliver(mail, `<${mail.id}@undersigned>`);
    // updateMany, conditional on our lease: the row may have been deleted meanwhile (a signer's
    // data erased, a retention purge), which must not fail the rest of the pass.
    await db.outboxMessage.updateMany({
      where: { id, leaseOwner: owner },
      data: { status: SENT_STATUS, sentAt: new Date(), attempts: mail.attempts + 1, leaseUntil: null, lastError: null },
    });
    return true;
  } catch (error) {
    const attempts = mail.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[mail] sending ${mail.kind} ${id} failed (attempt ${attempts}): ${message}`);
    await db.outboxMessage.updateMany({
      where: { id, leaseOwner: owner },
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
    const ids = await claimDue(new Date());
    if (ids.length === 0) return sent;
    for (const id of ids) if (await sendOne(id, deliver)) sent++;
    if (ids.length < BATCH) return sent;
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
