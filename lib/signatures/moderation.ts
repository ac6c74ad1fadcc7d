import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/users";
import { nameColumns } from "@/lib/signatures/normalise";
import { approvedCountDelta, transition } from "@/lib/signatures/status";

export const moderationSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  ids: z.array(z.string().min(1).max(40)).min(1, "none_selected").max(500),
  reason: z.string().trim().max(1000, "too_long").optional().transform((v) => v || null),
});
export type ModerationInput = z.output<typeof moderationSchema>;

export type ModerationResult = { ok: true; changed: string[]; skipped: string[] };

/**
 * Approves or rejects signatures of one letter, one or many at once. Each move goes through
 * transition(); ones the state machine refuses (e.g. an unconfirmed or withdrawn signature) are
 * skipped and reported, never forced. The letter's approved counter moves in the same
 * transaction, and each change is audited there too. Nothing is deleted.
 */
export async function moderateSignatures(actor: CurrentUser, letterId: string, input: ModerationInput): Promise<ModerationResult> {
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

export const renameSchema = z.object({
  id: z.string().min(1).max(40),
  displayName: z.string().trim().max(200, "too_long"),
});

export type RenameResult = { ok: true } | { ok: false; code: "NOT_FOUND" };

/**
 * Corrects how an organisation's name is shown ("ARTICLE19" -> "ARTICLE 19"). What the signer
 * typed stays in orgName; an empty correction goes back to it. Sorting and duplicate keys follow
 * the displayed name.
 */
export async function renameSignature(actor: CurrentUser, letterId: string, input: z.output<typeof renameSchema>): Promise<RenameResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.signature.findFirst({ where: { id: input.id, letterId }, select: { id: true, orgName: true, displayName: true } });
    if (!row) return { ok: false, code: "NOT_FOUND" } as const;
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
    return { ok: true } as const;
  });
}
