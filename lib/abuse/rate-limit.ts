import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { canonicalEmail, emailDomainOf, isFreeMail } from "@/lib/email-address";

/**
 * Signing limits, counted in the database (the RateLimiterFlexible table) so that every app
 * instance on one database shares them. rate-limiter-flexible's Prisma store works with our
 * Prisma 7 client as is: it only needs `deleteMany`, `upsert` and `findFirst` on the model, and
 * its upsert increments in the database, so concurrent requests are all counted.
 */
export type Limit = { points: number; seconds: number };
export type SigningLimits = { address: Limit; addressNoProof: Limit; domain: Limit };

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
  domain: env.SIGN_LIMIT_DOMAIN,
});

/**
 * The key an email is limited under. An organisation's own domain is one bucket (a flood from
 * example.org is one actor); free-mail domains are shared by millions, so there each canonical
 * address is its own bucket.
 */
export function emailLimitKey(email: string): string {
  const domain = emailDomainOf(email);
  return isFreeMail(domain) ? `address:${canonicalEmail(email)}` : `domain:${domain}`;
}

/** The limiter's "no" (also when a bundler gave us a second copy of its class). */
const isLimiterAnswer = (value: unknown): value is RateLimiterRes =>
  value instanceof RateLimiterRes || (typeof value === "object" && value !== null && "consumedPoints" in value && "msBeforeNext" in value);

/** Takes one point; false when the key has had its share, a store failure is thrown. */
export async function tryConsume(l: RateLimiterPrisma, key: string): Promise<boolean> {
  try {
    await l.consume(key);
    return true;
  } catch (error) {
    if (isLimiterAnswer(error)) return false;
    throw error;
  }
}

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one signing attempt against every limit that applies; refused when any is exhausted.
 * A submission without a solved proof-of-work (a browser without JavaScript, or a script) also
 * counts against the stricter no-proof limit of its address.
 */
export async function consumeSigningLimits(
  request: { address: string; email: string; proofSolved: boolean },
  limits: SigningLimits = defaultSigningLimits(),
): Promise<LimitVerdict> {
  const checks: [RateLimiterPrisma, string][] = [
    [limiter("sign-ip", limits.address), request.address],
    [limiter("sign-mail", limits.domain), emailLimitKey(request.email)],
  ];
  if (!request.proofSolved) checks.push([limiter("sign-ip-noproof", limits.addressNoProof), request.address]);
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
