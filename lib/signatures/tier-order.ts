/**
 * The tiers of a letter's signatories (Signature.tier, set once when a signature is made, see
 * lib/signatures/tiers.ts), in the order every list shows them: the initial signatories (who
 * signed before the letter was published), the signatories, then those who joined after delivery.
 * Safe for the browser: no database.
 */
export const TIERS = ["initial", "signatory", "endorsement"] as const;
export type Tier = (typeof TIERS)[number];

/** The tier every signature has unless another was set: the one a list shows without a heading. */
export const DEFAULT_TIER: Tier = "signatory";

export const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);

/** A tier's place in the list; an unknown value (none is written) counts as a plain signatory. */
export const tierRank = (tier: string): number => TIERS.indexOf(isTier(tier) ? tier : DEFAULT_TIER);

/** How many approved signatories a tier has; lists carry only tiers with at least one. */
export type TierCount = { tier: Tier; count: number };

/**
 * Whether a list needs tier headings: not when every signatory is a plain one, so a letter
 * without initial signatories or endorsements looks as it always did.
 */
export const showsTiers = (tiers: TierCount[]): boolean => tiers.some((t) => t.tier !== DEFAULT_TIER && t.count > 0);
