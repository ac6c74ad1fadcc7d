/** The kinds of organisation a signer chooses from; labels live in messages/<locale>/signing.json. */
export const ORG_TYPES = ["civil_society", "academic", "technical", "private_sector", "trade_union", "other"] as const;
