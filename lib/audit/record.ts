import "server-only";
import type { Tx } from "@/lib/db";

export const AUDIT_ACTIONS = [
  "letter.create", "letter.edit", "letter.publish", "letter.close", "letter.reopen", "letter.deliver",
  "translation.save", "translation.approve", "translation.delete",
  "signature.approve", "signature.reject", "signature.rename", "signature.erase", "signature.add", "signature.import",
  "update.save", "update.send", "update.unsubscribe",
  "letter.schedule", "signingLink.create", "signingLink.revoke",
  "response.publish", "response.edit", "response.remove", "response.attachPdf", "response.removePdf",
  "coordinator.invite", "coordinator.assign", "coordinator.unassign", "coordinator.disable", "coordinator.enable", "coordinator.demote",
  "coordinator.settings",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

export type AuditEntry = {
  letterId: string | null;
  /** Who did it. Without an account (a signatory unsubscribing through a mail's link: id null, email ""), or
   * the app on behalf of whoever scheduled a change (a scheduled publication: id may be null). */
  actor: { id: string | null; email: string };
  action: AuditAction;
  targetType: "letter" | "signature" | "user" | "response";
  targetId?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Writes an audit event inside the caller's transaction: the record exists exactly when the
 * action it describes does. The actor's email is copied so the record outlives the account.
 * An event about a letter also moves the letter's `revision`, which drops its cached public
 * pages on every instance (lib/page-cache/watch.ts): whatever a coordinator changes is audited,
 * so nothing they change can be missed by the cache.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  if (entry.letterId) await tx.letter.update({ where: { id: entry.letterId }, data: { revision: { increment: 1 } } });
  await tx.auditEvent.create({
    data: {
      letterId: entry.letterId,
      actorId: entry.actor.id,
      actorEmail: entry.actor.email,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}
