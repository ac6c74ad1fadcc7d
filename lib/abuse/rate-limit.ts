import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { keyedHash } from "@/lib/abuse/pseudonym";
import { canonicalEmail } from "@/lib/email-address";

/**
 * Signing limits, counted in the database (the RateLimiterFlexible table) so that every app
 * instance on one database shares them. rate-limiter-flexible's Prisma store works with our
 * Prisma 7 client as is: it only needs `deleteMany`, `upsert` and `findFirst` on the model, and
 * its upsert increments in the database, so concurrent requests are all counted.
 */
export type Limit = { points: number; seconds: number };

/**
 * The limits a signature passes. None of them is keyed by anything a stranger can choose for
 * someone else (a domain, a letter), so no third party can lock a signer out:
 *  - address / addressNoProof / global are hard ceilings far above human rates, refused when
 *    reached: they protect the database from one client, and from everyone at once;
 *  - mailbox is how many mails one recipient mailbox gets per window: it protects that mailbox
 *    from being flooded through our form. Reaching it stops only further mail to that mailbox.
 */
export type SigningLimits = { address: Limit; addressNoProof: Limit; global: Limit; mailbox: Limit };

const limiters = new Map<string, RateLimiterPrisma>();

/** One database-backed limiter per (prefix, limit), shared by every caller in the process. */
export function limiter(prefix: string, limit: Limit): RateLimiterPrisma {
  const id = `${prefix}:${limit.points}/${limit.seconds}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: prefix,
      points: limit.points,
      duration: limit.seconds,
    });
    limiters.set(id, found);
  }
  return found;
}

export const defaultSigningLimits = (): SigningLimits => ({
  address: env.SIGN_LIMIT_ADDRESS,
  addressNoProof: env.SIGN_LIMIT_ADDRESS_NOPROOF,
  global: env.SIGN_LIMIT_GLOBAL,
  mailbox: env.SIGN_LIMIT_MAILBOX,
});

/**
 * The key a recipient is counted under: its canonical mailbox, so spellings of one address share
 * it, as a keyed hash, so the counters hold no email address.
 */
export const mailboxKey = (email: string): string => keyedHash("mailbox", canonicalEmail(email));

/** The limiter's "no" (also when a bundler gave us a second copy of its class). */
const isLimiterAnswer = (value: unknown): value is RateLimiterRes =>
  value instanceof RateLimiterRes || (typeof value === "object" && value !== null && "consumedPoints" in value && "msBeforeNext" in value);

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one point; false when the key has had its share, a store failure is thrown. */
export async function tryConsume(l: RateLimiterPrisma, key: string): Promise<boolean> {
  return (await consumeAll([[l, key]])).ok;
}

/**
 * Counts one signing attempt against the hard ceilings; refused when any is reached. A submission
 * without a solved proof-of-work (a browser without JavaScript, or a script) also counts against
 * the lower no-proof ceiling of its address.
 */
export async function consumeSigningCeilings(
  request: { address: string; proofSolved: boolean },
  limits: SigningLimits = defaultSigningLimits(),
): Promise<LimitVerdict> {
  const own: [RateLimiterPrisma, string][] = [[limiter("sign-ip", limits.address), request.address]];
  if (!request.proofSolved) own.push([limiter("sign-ip-noproof", limits.addressNoProof), request.address]);
  const verdict = await consumeAll(own);
  // The site-wide count is taken only once the client's own ceilings passed: a client held at its
  // ceiling must not go on filling the count everyone shares.
  return verdict.ok ? consumeAll([[limiter("sign-all", limits.global), "site"]]) : verdict;
}

async function consumeAll(checks: [RateLimiterPrisma, string][]): Promise<LimitVerdict> {
  const results = await Promise.allSettled(checks.map(([l, key]) => l.consume(key)));
  let limited = false;
  let retryMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    // A RateLimiterRes means "limited"; anything else is a store failure and is not hidden.
    if (!isLimiterAnswer(result.reason)) throw result.reason;
    limited = true;
    const ms = Number(result.reason.msBeforeNext);
    if (Number.isFinite(ms)) retryMs = Math.max(retryMs, ms);
  }
  return limited ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)) } : { ok: true };
}

/** Takes one mail from a recipient mailbox's budget; false when the mailbox has had its share. */
export const consumeMailBudget = (email: string, limits: SigningLimits = defaultSigningLimits()): Promise<boolean> =>
  tryConsume(limiter("sign-mailbox", limits.mailbox), mailboxKey(email));

/**
 * Takes one proof-of-work challenge from a client address's allowance (app/api/altcha). Generous:
 * a signer needs one per signature, a reloaded or long-open page a few more.
 */
export const consumeChallenge = (address: string, limit: Limit = env.SIGN_LIMIT_CHALLENGE): Promise<LimitVerdict> =>
  consumeAll([[limiter("altcha-ip", limit), address]]);
