/**
 * Which group a signature is listed in, fixed when it is made:
 *   initial      signed before the letter was published (through a private signing link)
 *   signatory    signed while the letter was public, before any delivery
 *   endorsement  joined after the letter was delivered
 * A draft whose publication hour has passed is being opened (lib/letters/schedule.ts): who signs
 * then signs the public letter.
 */
export const SIGNATURE_TIERS = ["initial", "signatory", "endorsement"] as const;
export type SignatureTier = (typeof SIGNATURE_TIERS)[number];

export type TierLetter = {
  status: string;
  publishAt?: Date | null;
  /** How many deliveries are on record for the letter. */
  deliveries?: number;
};

export function tierFor(letter: TierLetter, now = new Date()): SignatureTier {
  if (letter.status === "draft") return letter.publishAt && letter.publishAt.getTime() <= now.getTime() ? "signatory" : "initial";
  if (letter.status === "delivered" || (letter.deliveries ?? 0) > 0) return "endorsement";
  return "signatory";
}
