import "server-only";
import { join, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { keyedHash } from "@/lib/abuse/pseudonym";
import { canonicalEmail } from "@/lib/email-address";

/**
 * Signing limits, counted in the database (the RateLimiterFlexible table, laid out as
 * rate-limiter-flexible's Prisma store laid it out: key, points, expire) so that every app
 * instance on one database shares them. A counter is a fixed window: the first hit opens it for
 * `seconds`, every hit adds a point, and a hit after the window's end opens a new one.
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

/** A counter family: its keys are `<prefix>:<key>`, each allowed `limit` per window. */
export type Limiter = { prefix: string; limit: Limit };

export const limiter = (prefix: string, limit: Limit): Limiter => ({ prefix, limit });

type Hit = { limiter: Limiter; key: string };

/**
 * Adds one point to each counter, all in one statement (one round trip, one commit, whatever
 * the number of counters), and returns each count with its window's end. The increment happens
 * in the database, so concurrent hits are all counted; an expired window restarts at 1 in the
 * same statement, where rate-limiter-flexible deleted the row first and upserted next.
 */
async function hitCounters(hits: Hit[]): Promise<{ key: string; points: number; expire: Date | string | null }[]> {
  const now = new Date();
  const rows = hits.map(({ limiter: { prefix, limit }, key }) => sql`(${`${prefix}:${key}`}, 1, ${new Date(now.getTime() + limit.seconds * 1000)})`);
  return db.$queryRaw`
    INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES ${join(rows)}
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN "excluded"."expire" ELSE "RateLimiterFlexible"."expire" END
    RETURNING "key", "points", "expire"`;
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

export type LimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one point; false when the key has had its share, a store failure is thrown. */
export async function tryConsume(l: Limiter, key: string): Promise<boolean> {
  return (await consumeAll([{ limiter: l, key }])).ok;
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
  const own: Hit[] = [{ limiter: limiter("sign-ip", limits.address), key: request.address }];
  if (!request.proofSolved) own.push({ limiter: limiter("sign-ip-noproof", limits.addressNoProof), key: request.address });
  const verdict = await consumeAll(own);
  // The site-wide count is taken only once the client's own ceilings passed: a client held at its
  // ceiling must not go on filling the count everyone shares.
  return verdict.ok ? consumeAll([{ limiter: limiter("sign-all", limits.global), key: "site" }]) : verdict;
}

/** One point on each counter; refused when any went past its limit, with the longest wait. */
async function consumeAll(hits: Hit[]): Promise<LimitVerdict> {
  const allowed = new Map(hits.map((h) => [`${h.limiter.prefix}:${h.key}`, h.limiter.limit.points]));
  const counted = await hitCounters(hits);
  if (counted.length !== hits.length) throw new Error(`rate limit: ${hits.length} counters hit, ${counted.length} returned`);
  const now = Date.now();
  let limited = false;
  let retryMs = 0;
  for (const row of counted) {
    if (Number(row.points) <= allowed.get(row.key)!) continue;
    limited = true;
    const ms = row.expire === null ? Number.NaN : new Date(row.expire).getTime() - now;
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
  consumeAll([{ limiter: limiter("altcha-ip", limit), key: address }]);
