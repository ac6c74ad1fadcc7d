import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/errors";
import type { ErasureInput, ModerationInput, RenameInput } from "@/lib/moderation/schema";
import { nameColumns } from "@/lib/signatures/normalise";
import { approvedCountDelta, transition } from "@/lib/signatures/status";

export type ModerationResult = { ok: true; changed: string[]; skipped: string[] };

/**
 * Approves or rejects signatures of one letter, one or many at once. Each move goes through
 * transition(); ones the state machine refuses (e.g. an unconfirmed or withdrawn signature) are
 * skipped and reported, never forced. The letter's approved counter moves in the same
 * transaction, and each change is audited there too. Nothing is deleted.
 */
export async function moderateSignatures({ id: letterId, actor }: AuthorizedLetter, input: ModerationInput): Promise<ModerationResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.signature.findMany({
      where: { letterId, id: { in: input.ids } },
      select: { id: true, status: true, orgName: true, displayName: true },
    });
    const changed: string[] = [];
    let delta = 0;
    const now = new Date();
    for (const row of rows) {
      const move = transition(row.status, input.decision);
      if (!move.ok) continue;
      // Conditional on the status we read: a concurrent change makes this a no-op, not a double count.
      const { count } = await tx.signature.updateMany({
        where: { id: row.id, status: move.from },
        data: {
          status: move.to,
          reviewedAt: now,
          reviewedById: actor.id,
          rejectionReason: input.decision === "reject" ? input.reason : null,
        },
      });
      if (count !== 1) continue;
      delta += approvedCountDelta(move.from, move.to);
      changed.push(row.id);
      await recordAudit(tx, {
        letterId, actor, action: `signature.${input.decision}`, targetType: "signature", targetId: row.id,
        details: { from: move.from, to: move.to, name: row.displayName ?? row.orgName, ...(input.decision === "reject" && input.reason ? { reason: input.reason } : {}) },
      });
    }
    if (delta !== 0) await tx.letter.update({ where: { id: letterId }, data: { approvedCount: { increment: delta } } });
    const skipped = input.ids.filter((id) => !changed.includes(id));
    return { ok: true, changed, skipped };
  });
}

/**
 * Corrects how an organisation's name is shown ("ARTICLE19" -> "ARTICLE 19"). What the signer
 * typed stays in orgName; an empty correction goes back to it. Sorting and duplicate keys follow
 * the displayed name.
 */
export async function renameSignature({ id: letterId, actor }: AuthorizedLetter, input: RenameInput): Promise<Result<object, "NOT_FOUND">> {
  return db.$transaction(async (tx) => {
    const row = await tx.signature.findFirst({ where: { id: input.id, letterId }, select: { id: true, orgName: true, displayName: true } });
    if (!row) return fail("NOT_FOUND");
    const displayName = input.displayName && input.displayName !== row.orgName ? input.displayName : null;
    const shown = displayName ?? row.orgName;
    await tx.signature.update({
      where: { id: row.id },
      data: { displayName, ...nameColumns(shown) },
    });
    await recordAudit(tx, {
      letterId, actor, action: "signature.rename", targetType: "signature", targetId: row.id,
      details: { typed: row.orgName, before: row.displayName ?? row.orgName, after: shown },
    });
    return { ok: true };
  });
}

/**
 * Erases a signer's personal data on their request, keeping the signature itself (the
 * organisation's name, country, type and website are the organisation's, not personal) and an
 * audit record that says who erased it and when, but not what was erased.
 *
 * Removed: contact name, email, role, comment; every link (token) of the signature, with the answers
 * a pending re-submission proposed; and the queued or kept mail about this signature (recorded by
 * enqueueMail), whose bodies repeat the name and carry links. Mail to the same address about the
 * person's signatures of other letters stays.
 * The canonical email becomes `erased:<id>`: unique per letter as the model requires, and no
 * longer an address, so the organisation may sign again with it.
 */
export async function eraseSignerData({ id: letterId, actor }: AuthorizedLetter, { id: signatureId }: ErasureInput): Promise<Result<object, "NOT_FOUND" | "ALREADY_ERASED">> {
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findFirst({
      where: { id: signatureId, letterId },
      select: { id: true, email: true, emailCanonical: true, erasedAt: true, orgName: true, displayName: true, status: true },
    });
    if (!signature) return fail("NOT_FOUND");
    if (signature.erasedAt) return fail("ALREADY_ERASED");

    await tx.signatureToken.deleteMany({ where: { signatureId } });
    // Exactly this signature's mail: the same person's mail about their signatures of other
    // letters is theirs to keep, and an address match would also reach it.
    const { count: mailDeleted } = await tx.outboxMessage.deleteMany({ where: { signatureId } });

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
      details: { name: signature.displayName ?? signature.orgName, status: signature.status, mailDeleted },
    });
    return { ok: true };
  });
}
