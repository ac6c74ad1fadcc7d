import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";

/**
 * A self-hosted proof-of-work check (ALTCHA): the browser spends about a second of CPU per
 * signature, which costs a person nothing and a bulk sender a lot. No third party is involved:
 * challenges are made and checked here, signed with a key derived from AUTH_SECRET.
 */
export type Difficulty = { cost: number; counterMin: number; counterMax: number; ttlSeconds: number };

// PBKDF2/SHA-256 at 1,000 iterations per try, 2,000-6,000 tries: about a second in a browser's
// Web Crypto, while the server checks a solution with a single derivation.
export const DEFAULT_DIFFICULTY: Difficulty = { cost: 1_000, counterMin: 2_000, counterMax: 6_000, ttlSeconds: 30 * 60 };

const secret = (purpose: string) => createHmac("sha256", env.AUTH_SECRET).update(`altcha:${purpose}`).digest("hex");

export async function createProofChallenge(difficulty: Difficulty = DEFAULT_DIFFICULTY): Promise<Challenge> {
  return createChallenge({
    algorithm: "PBKDF2/SHA-256",
    cost: difficulty.cost,
    counter: randomInt(difficulty.counterMax, difficulty.counterMin),
    deriveKey,
    expiresAt: new Date(Date.now() + difficulty.ttlSeconds * 1000),
    hmacSignatureSecret: secret("challenge"),
    hmacKeySignatureSecret: secret("key"),
  });
}

/** none: nothing was sent (no JavaScript); solved: valid and first use; invalid: forged, expired or reused. */
export type ProofVerdict = "none" | "solved" | "invalid";

/**
 * Checks the widget's payload (base64 JSON of { challenge, solution }) and records its nonce so
 * a solution is spent once. The record lives in the rate-limit table under its own prefix, so
 * every instance sees it; the insert itself is the atomic "first use" test.
 */
export async function verifyProof(payload: string | null | undefined): Promise<ProofVerdict> {
  if (!payload) return "none";
  if (payload.length > 4_000) return "invalid";
  let parsed: Payload;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    return "invalid";
  }
  if (!parsed?.challenge?.parameters || !parsed.solution || typeof parsed.challenge.parameters.nonce !== "string") {
    return "invalid";
  }
  try {
    const result = await verifySolution({
      challenge: parsed.challenge,
      solution: parsed.solution,
      deriveKey,
      hmacSignatureSecret: secret("challenge"),
      hmacKeySignatureSecret: secret("key"),
    });
    if (!result.verified) return "invalid";
  } catch {
    return "invalid";
  }
  const expiresAt = parsed.challenge.parameters.expiresAt;
  try {
    await db.rateLimiterFlexible.create({
      data: {
        key: `altcha-used:${parsed.challenge.parameters.nonce}`,
        points: 1,
        expire: new Date((expiresAt ?? Date.now() / 1000 + DEFAULT_DIFFICULTY.ttlSeconds) * 1000),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "invalid";
    throw error;
  }
  return "solved";
}
