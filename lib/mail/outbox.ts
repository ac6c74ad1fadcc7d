import "server-only";
import type { Db, Tx } from "@/lib/db";

/** A rendered email, ready to queue. Every template returns one. */
export type OutgoingMail = {
  /** What the mail is for (confirm-signature, sign-in, ...): kept for the outbox's records. */
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

/**
 * Queues a mail in the caller's transaction: the mail exists exactly when what caused it does.
 * lib/mail/worker.ts sends it; nothing here touches the network.
 */
export async function enqueueMail(client: Db | Tx, mail: OutgoingMail): Promise<{ id: string }> {
  return client.outboxMessage.create({ data: mail, select: { id: true } });
}
