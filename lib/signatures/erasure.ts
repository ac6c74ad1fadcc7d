import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { canonicalEmail } from "@/lib/email-address";

/** Mail about a signature: it holds the signer's address, name and links. */
const SIGNATURE_MAIL_KINDS = ["confirm-signature", "already-signed"];

export type ErasureResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "ALREADY_ERASED" };

/**
 * Erases a signer's personal data on their request, keeping the signature itself (the
 * organisation's name, country, type and website are the organisation's, not personal) and an
 * audit record that says who erased it and when, but not what was erased.
 *
 * The caller has already checked that `actor` may act on `letterId`, and passes its transaction.
 * Removed: contact name, email, role, comment; every link (token) of the signature; and queued or
 * kept mail about signatures to that address, whose bodies repeat the name and carry links.
 * The canonical email becomes `erased:<id>`: unique per letter as the model requires, and no
 * longer an address, so the organisation may sign again with it.
 */
export async function eraseSignerData(
  tx: Tx,
  letterId: string,
  signatureId: string,
  actor: { id: string; email: string },
): Promise<ErasureResult> {
  const signature = await tx.signature.findFirst({
    where: { id: signatureId, letterId },
    select: { id: true, email: true, emailCanonical: true, erasedAt: true, orgName: true, displayName: true, status: true },
  });
  if (!signature) return { ok: false, code: "NOT_FOUND" };
  if (signature.erasedAt) return { ok: false, code: "ALREADY_ERASED" };

  await tx.signatureToken.deleteMany({ where: { signatureId } });
  // Outbox rows carry no signature id; match the address as its provider sees it, in code,
  // because case-insensitive matching differs between SQLite and PostgreSQL.
  const mail = await tx.outboxMessage.findMany({ where: { kind: { in: SIGNATURE_MAIL_KINDS } }, select: { id: true, to: true } });
  const mine = mail.filter((m) => canonicalEmail(m.to) === signature.emailCanonical).map((m) => m.id);
  if (mine.length) await tx.outboxMessage.deleteMany({ where: { id: { in: mine } } });

  await tx.signature.update({
    where: { id: signatureId },
    data: { contactName: "", email: "", emailCanonical: `erased:${signatureId}`, role: null, comment: null, erasedAt: new Date() },
  });
  await recordAudit(tx, {
    letterId,
    actor,
    action: "signature.erase",
    targetType: "signature",
    targetId: signatureId,
    // Only what identifies the row to coordinators; nothing that was erased.
    details: { name: signature.displayName ?? signature.orgName, status: signature.status, mailDeleted: mine.length },
  });
  return { ok: true };
}

/** The same, in its own transaction: what a coordinator action calls after `letterAccess(letterId)`. */
export async function eraseSignature(actor: { id: string; email: string }, letterId: string, signatureId: string) {
  return db.$transaction((tx) => eraseSignerData(tx, letterId, signatureId, actor));
}
