import { createHash, randomBytes } from "node:crypto";

/**
 * Email tokens: 256 random bits, shown once in the email, stored only as a SHA-256 hash.
 * A plain hash (not a slow one) is right here: the token is random, not a guessable password.
 */
export const CONFIRM_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const WITHDRAW_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000;

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens are 43 base64url characters; anything else is not worth a database look-up. */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
