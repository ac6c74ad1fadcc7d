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
  /** Extra headers (an update's List-Unsubscribe), stored as JSON in OutboxMessage.headers. */
  headers?: Record<string, string>;
};

/** What a mail is about, when it is about a signature: erasing that signature deletes exactly its mail. */
export type MailSubject = { signatureId: string; /** The update the mail carries. */ updateId?: string };

/**
 * Queues a mail in the caller's transaction: the mail exists exactly when what caused it does.
 * Mail about a signature (confirm, already signed) names it, so erasure finds that mail by the
 * signature and not by an address that other signatures of the same person share.
 * lib/mail/worker.ts sends it; nothing here touches the network. The write is returned unawaited,
 * so that it can also join a batch transaction (`db.$transaction([..., enqueueMail(db, …)])`).
 */
export function enqueueMail(client: Db | Tx, mail: OutgoingMail, about?: MailSubject) {
  return client.outboxMessage.create({ data: outboxRow(mail, about), select: { id: true } });
}

/** The outbox row of a mail; `nextAttemptAt` holds a mail back until then (an update's mails are spaced). */
export function outboxRow(mail: OutgoingMail, about?: MailSubject, nextAttemptAt?: Date) {
  const { headers, ...rest } = mail;
  return {
    ...rest,
    headers: headers ? JSON.stringify(headers) : null,
    signatureId: about?.signatureId ?? null,
    updateId: about?.updateId ?? null,
    ...(nextAttemptAt ? { nextAttemptAt } : {}),
  };
}

/** The extra headers stored with a mail, for the transport; an unreadable value is none. */
export function storedHeaders(json: string | null): Record<string, string> | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return undefined;
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return undefined;
  }
}
