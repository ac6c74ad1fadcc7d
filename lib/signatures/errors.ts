/** Outcomes a signer can cause; each has a message under "codes" in messages/<locale>/signing.json. */
export const SIGNING_CODES = [
  "INVALID_INPUT",
  "LETTER_NOT_FOUND",
  "LETTER_CLOSED",
  "LETTER_DELIVERED",
  "TOKEN_UNKNOWN",
  "TOKEN_USED",
  "TOKEN_EXPIRED",
  "NOT_WITHDRAWABLE",
  "RATE_LIMITED",
  "BOT_SUSPECTED",
] as const;
export type SigningCode = (typeof SIGNING_CODES)[number];
