/** The kinds of organisation a signer chooses from; labels live in messages/<locale>/signing.json. */
export const ORG_TYPES = ["civil_society", "academic", "technical", "private_sector", "trade_union", "other"] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Rows from the database carry the type as a string; this tells a listed one from anything else. */
export const isOrgType = (value: string): value is OrgType => (ORG_TYPES as readonly string[]).includes(value);
