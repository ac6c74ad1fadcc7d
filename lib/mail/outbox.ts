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

/** What a mail is about, when it is about a signature: erasing that signature deletes exactly its mail. */
export type MailSubject = { signatureId: string };

/**
 * Queues a mail in the caller's transaction: the mail exists exactly when what caused it does.
 * Mail about a signature (confirm, already signed) names it, so erasure finds that mail by the
 * signature and not by an address that other signatures of the same person share.
 * lib/mail/worker.ts sends it; nothing here touches the network. The write is returned unawaited,
 * so that it can also join a batch transaction (`db.$transaction([..., enqueueMail(db, …)])`).
 */
export function enqueueMail(client: Db | Tx, mail: OutgoingMail, about?: MailSubject) {
  return client.outboxMessage.create({ data: { ...mail, signatureId: about?.signatureId ?? null }, select: { id: true } });
}
