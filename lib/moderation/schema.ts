import { z } from "zod";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import { SIGNATURE_STATUSES } from "@/lib/signatures/status";

const signatureId = z.string().min(1).max(40);

/** The queue's filters, from the page's query string. "confirmed" is what awaits review. */
export const reviewFilterSchema = z.object({
  status: z.enum([...SIGNATURE_STATUSES, "all"]).catch("confirmed"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  orgType: z.enum(ORG_TYPES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ReviewFilter = z.output<typeof reviewFilterSchema>;

/** Approve or reject one signature or many of one letter. */
export const moderationSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  ids: z.array(signatureId).min(1, "NONE_SELECTED").max(500),
  reason: z.string().trim().max(1000, "TOO_LONG").optional().transform((v) => v || null),
});
export type ModerationInput = z.output<typeof moderationSchema>;

/** A coordinator's correction of the name shown; empty goes back to the name as typed. */
export const renameSchema = z.object({
  id: signatureId,
  displayName: z.string().trim().max(200, "TOO_LONG"),
});
export type RenameInput = z.output<typeof renameSchema>;

/** A signer asked for their personal data to be erased. */
export const erasureSchema = z.object({ id: signatureId });
export type ErasureInput = z.output<typeof erasureSchema>;
