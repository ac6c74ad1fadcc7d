/**
 * A queued mail's life in the outbox:
 *   pending --sent--> sent
 *   pending --attempt failed, tries left--> pending (retried later, with backoff)
 *   pending --attempt failed, no tries left--> failed
 * Nothing leaves sent or failed; the retention purge deletes them after a while.
 */
export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** How many delivery attempts a mail gets before it is given up. */
export const MAX_ATTEMPTS = 12;

export const INITIAL_OUTBOX_STATUS = "pending" satisfies OutboxStatus;
export const SENT_STATUS = "sent" satisfies OutboxStatus;
export const FAILED_STATUS = "failed" satisfies OutboxStatus;

/** Where a pending mail goes after a failed attempt: retried while it has tries left. */
export const afterFailedAttempt = (attempts: number): OutboxStatus =>
  attempts >= MAX_ATTEMPTS ? FAILED_STATUS : INITIAL_OUTBOX_STATUS;
