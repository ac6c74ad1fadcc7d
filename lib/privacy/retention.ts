import "server-only";
import { FAILED_STATUS, SENT_STATUS } from "@/lib/mail/status";
import { INITIAL_SIGNATURE_STATUS } from "@/lib/signatures/status";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Deletes what the privacy page promises not to keep (app/(public)/privacy):
 *  - signatures never confirmed, with their links, `unconfirmedDays` after they were made;
 *  - sent mail `sentMailDays` after sending, and mail that finally failed after `unconfirmedDays`
 *    (each holds an address and a copy of what we wrote);
 *  - a signature's network hash (lib/abuse/pseudonym.ts) `unconfirmedDays` after it was made: the
 *    shared-network hint it feeds is about the hour around a signature, not its history;
 *  - rate-limit counters once expired (their keys are network addresses and keyed hashes).
 * Idempotent, so every instance may run it; a run deletes nothing twice.
 */
export type RetentionPolicy = { unconfirmedDays: number; sentMailDays: number };

export const defaultRetention = (): RetentionPolicy => ({
  unconfirmedDays: env.RETENTION_UNCONFIRMED_DAYS,
  sentMailDays: env.RETENTION_SENT_MAIL_DAYS,
});

const DAY_MS = 86_400_000;

export async function purgeExpiredData(now = new Date(), policy: RetentionPolicy = defaultRetention()) {
  const unconfirmedBefore = new Date(now.getTime() - policy.unconfirmedDays * DAY_MS);
  const sentBefore = new Date(now.getTime() - policy.sentMailDays * DAY_MS);
  return db.$transaction(async (tx) => {
    const stale = { status: INITIAL_SIGNATURE_STATUS, createdAt: { lt: unconfirmedBefore } };
    // Tokens first: the cascade is declared, but deleting them by name does not depend on it.
    const tokens = await tx.signatureToken.deleteMany({ where: { signature: stale } });
    const signatures = await tx.signature.deleteMany({ where: stale });
    const sent = await tx.outboxMessage.deleteMany({ where: { status: SENT_STATUS, sentAt: { lt: sentBefore } } });
    const failed = await tx.outboxMessage.deleteMany({ where: { status: FAILED_STATUS, createdAt: { lt: unconfirmedBefore } } });
    const counters = await tx.rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } });
    const networks = await tx.signature.updateMany({
      where: { network: { not: null }, createdAt: { lt: unconfirmedBefore } },
      data: { network: null },
    });
    return { signatures: signatures.count, tokens: tokens.count, mail: sent.count + failed.count, counters: counters.count, networks: networks.count };
  });
}

declare global {
  // One timer per process, also across development reloads.
  var undersignedRetentionTimer: NodeJS.Timeout | undefined;
}

/** Runs the purge now and then every `intervalMs` (hourly by default). Idempotent per process. */
export function startRetentionSchedule(intervalMs = 3_600_000): void {
  if (globalThis.undersignedRetentionTimer) return;
  const run = () =>
    purgeExpiredData()
      .then((n) => {
        if (n.signatures || n.mail) console.info(`[privacy] deleted ${n.signatures} unconfirmed signature(s), ${n.mail} old mail(s)`);
      })
      .catch((error) => console.error("[privacy] retention purge failed", error));
  globalThis.undersignedRetentionTimer = setInterval(run, intervalMs);
  globalThis.undersignedRetentionTimer.unref();
  void run();
}
