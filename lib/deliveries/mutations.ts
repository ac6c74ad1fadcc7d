import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { canonicalList, sha256Hex } from "@/lib/deliveries/canonical";
import { readSnapshot, type Snapshot } from "@/lib/deliveries/queries";
import type { DeliveryConfirmInput } from "@/lib/deliveries/schema";
import { fail, type Failure, type Result } from "@/lib/errors";
import { pdfEdition } from "@/lib/export/pdf";
import { cachedPdf, preparePdf, renderAndStore } from "@/lib/export/pdf-cache";
import { boundedQueue, PDF_LIMITS } from "@/lib/export/one-at-a-time";
import { findLetterForExport } from "@/lib/export/queries";
import { letterTransition, parseLetterStatus } from "@/lib/letters/status";

type DeliveryCode = "NOT_FOUND" | "INVALID_TRANSITION" | "SNAPSHOT_CHANGED" | "NO_CURRENT_TRANSLATION" | "BUSY";
export type DeliveryResult = Result<{ sequence: number; pdfSha256: string; listSha256: string; signatoryCount: number }, DeliveryCode>;

// Delivery PDFs render one at a time per process, as the coordinators' exports do (docs/EXPORTS.md).
const queue = boundedQueue(PDF_LIMITS);

/** Something the snapshot holds moved between the render and the write: render again. */
class SnapshotMoved extends Error {}

const ATTEMPTS = 3;

/**
 * A first delivery moves an open or closed letter to delivered; a later one (a supplement) needs it
 * delivered and someone to deliver who was not delivered before.
 */
export function deliverable(snapshot: Pick<Snapshot, "status" | "nextSequence"> & { count: number }): boolean {
  const status = parseLetterStatus(snapshot.status);
  if (status === "delivered") return snapshot.nextSequence > 1 && snapshot.count > 0;
  return snapshot.nextSequence === 1 && letterTransition(status, "deliver") !== null;
}

/** The PDF of the letter as it is now, dated the day of the delivery: from the PDF cache, or rendered in a worker through the queue. */
async function renderDeliveryPdf(access: AuthorizedLetter, input: DeliveryConfirmInput): Promise<Result<{ pdf: Buffer }, "NOT_FOUND" | "NO_CURRENT_TRANSLATION" | "BUSY">> {
  const letter = await findLetterForExport(access);
  if (!letter) return fail("NOT_FOUND");
  const chosen = await pdfEdition(letter, input.language);
  if (!chosen.ok) return { ok: false, code: chosen.code, fieldErrors: { language: chosen.code } };
  const options = { order: input.order, includeType: input.includeType, language: input.language };
  const job = await preparePdf(letter, options, chosen.edition, input.deliveredOn);
  const cached = await cachedPdf(job);
  if (cached) return { ok: true, pdf: cached };
  const admitted = queue.submit(job.key, access.actor.id, (signal) => renderAndStore(job, signal));
  if (!admitted.ok) return fail("BUSY");
  return { ok: true, pdf: await admitted.result };
}

/**
 * Records a delivery of the letter: renders the PDF as the coordinators' export does, then in one
 * transaction freezes the snapshot (texts, the canonical list of signatories, their count, the PDF
 * and the SHA-256 of both), moves the letter to delivered (the first time) and audits it. Nothing
 * is written unless the letter still holds what the confirmation step showed (`expectedVersion`,
 * `expectedCount`); if an approval lands while the PDF renders, it renders again.
 */
export async function recordDelivery(access: AuthorizedLetter, input: DeliveryConfirmInput): Promise<DeliveryResult> {
  const { id: letterId, actor } = access;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await readSnapshot(db, letterId);
    if (!before) return fail("NOT_FOUND");
    if (!deliverable({ ...before, count: before.entries.length })) return fail("INVALID_TRANSITION");
    if (before.version !== input.expectedVersion || before.entries.length !== input.expectedCount) return fail("SNAPSHOT_CHANGED");
    const rendered = await renderDeliveryPdf(access, input);
    if (!rendered.ok) return rendered;
    const { pdf } = rendered;
    try {
      return await db.$transaction(async (tx): Promise<DeliveryResult> => {
        // The letter's row is written first: it is locked until the end, so the reads below see
        // every approval that committed before it and none can commit in between on its letter.
        const from = parseLetterStatus(before.status);
        const first = before.nextSequence === 1;
        const to = first ? letterTransition(from, "deliver") : from;
        if (!to) return fail("INVALID_TRANSITION");
        const { count } = await tx.letter.updateMany({
          where: { id: letterId, status: from },
          data: { status: to, endorsementsOpen: input.endorsementsOpen, ...(first ? { deliveredAt: input.deliveredOn } : {}) },
        });
        if (count !== 1) throw new SnapshotMoved();
        const now = await readSnapshot(tx, letterId);
        if (!now || now.digest !== before.digest) throw new SnapshotMoved();
        const signatories = canonicalList(now.entries);
        const delivery = {
          letterId, sequence: now.nextSequence, deliveredAt: input.deliveredOn, recipient: input.recipient, method: input.method,
          reference: input.reference, note: input.note, letterVersion: now.version, texts: now.texts, signatories,
          signatoryCount: now.entries.length, pdf: new Uint8Array(pdf), pdfSha256: sha256Hex(pdf), listSha256: sha256Hex(signatories), recordedById: actor.id,
        };
        await tx.delivery.create({ data: delivery, select: { id: true } });
        await recordAudit(tx, {
          letterId, actor, action: "letter.deliver", targetType: "letter", targetId: letterId,
          details: {
            from, to, sequence: delivery.sequence, deliveredAt: input.deliveredOn.toISOString().slice(0, 10), recipient: input.recipient,
            method: input.method, signatoryCount: delivery.signatoryCount, letterVersion: delivery.letterVersion,
            pdfSha256: delivery.pdfSha256, listSha256: delivery.listSha256, endorsementsOpen: input.endorsementsOpen,
          },
        });
        return { ok: true, sequence: delivery.sequence, pdfSha256: delivery.pdfSha256, listSha256: delivery.listSha256, signatoryCount: delivery.signatoryCount };
      });
    } catch (error) {
      // Another delivery took this sequence number, or the list moved: look again.
      if (error instanceof SnapshotMoved || isUniqueViolation(error)) continue;
      throw error;
    }
  }
  return fail("SNAPSHOT_CHANGED") satisfies Failure<DeliveryCode>;
}
