import "server-only";
import { join, raw, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db";
import { databaseProvider, env } from "@/lib/env";
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
type Counted = { key: string; points: number; expire: Date | string | null };

const counterKey = (hit: Hit) => `${hit.limiter.prefix}:${hit.key}`;

// A parameter in an INSERT … SELECT list has no type of its own: PostgreSQL reads it as text, which
// it will not put in a timestamp column, so it is cast there. SQLite stores the text Prisma sends.
const asTimestamp = raw(databaseProvider(env.DATABASE_URL) === "sqlite" ? "" : "::timestamp(3)");

/**
 * Counts hits in stages, in one transaction of one statement per stage, with no application code
 * between them (one commit for all). A stage adds one point to each of its counters, in the
 * database, so concurrent hits are all counted; a window that has ended restarts at 1 in the same
 * statement. A later stage counts only while no counter of an earlier one is past its limit: the
 * statement itself checks, so a client held at its own ceiling never reaches the shared one.
 * Returns the counters hit, with their counts and windows' ends; a stage that did not count is absent.
 */
async function countInStages(stages: Hit[][]): Promise<Counted[]> {
  const now = new Date();
  const statements = stages.map((stage, i) => {
    const earlier = stages.slice(0, i).flat();
    const held = earlier.length
      ? sql`EXISTS (SELECT 1 FROM "RateLimiterFlexible" AS "c" WHERE "c"."expire" > ${now} AND (${join(
          earlier.map((h) => sql`("c"."key" = ${counterKey(h)} AND "c"."points" > ${h.limiter.limit.points})`),
          " OR ",
        )}))`
      : sql`1 = 0`;
    const rows = stage.map((h) => sql`SELECT ${counterKey(h)}, 1, ${new Date(now.getTime() + h.limiter.limit.seconds * 1000)}${asTimestamp} WHERE NOT ${held}`);
    return db.$queryRaw<Counted[]>`
      INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") ${join(rows, " UNION ALL ")}
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
        "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN "excluded"."expire" ELSE "RateLimiterFlexible"."expire" END
      RETURNING "key", "points", "expire"`;
  });
  return (statements.length === 1 ? await statements[0] : await db.$transaction(statements)).flat();
}

/** Which of the hits went past their limits (a hit not counted is not), and the longest wait. */
function verdictOf(hits: Hit[], counted: Counted[]): LimitVerdict {
  const row = new Map(counted.map((c) => [c.key, c]));
  const now = Date.now();
  let limited = false;
  let retryMs = 0;
  for (const hit of hits) {
    const c = row.get(counterKey(hit));
    if (!c || Number(c.points) <= hit.limiter.limit.points) continue;
    limited = true;
    const ms = c.expire === null ? Number.NaN : new Date(c.expire).getTime() - now;
    if (Number.isFinite(ms)) retryMs = Math.max(retryMs, ms);
  }
  return limited ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)) } : { ok: true };
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

/** One point on each counter; refused when any went past its limit. */
async function consumeAll(hits: Hit[]): Promise<LimitVerdict> {
  return verdictOf(hits, await countInStages([hits]));
}

/**
 * A signing attempt's counters, in the order they are spent: the client's own ceilings (a
 * submission without a solved proof-of-work, from a browser without JavaScript or a script, also
 * counts against the lower no-proof ceiling of its address), then the site-wide one, which a
 * client held at its own ceiling must not go on filling, then the recipient mailbox's mail budget,
 * spent only by submissions that passed everything else.
 */
function signingStages(request: { address: string; proofSolved: boolean }, limits: SigningLimits) {
  const own: Hit[] = [{ limiter: limiter("sign-ip", limits.address), key: request.address }];
  if (!request.proofSolved) own.push({ limiter: limiter("sign-ip-noproof", limits.addressNoProof), key: request.address });
  return { own, site: [{ limiter: limiter("sign-all", limits.global), key: "site" }] };
}

/** Counts one signing attempt against the hard ceilings (own, then site-wide); refused when any is reached. */
export async function consumeSigningCeilings(
  request: { address: string; proofSolved: boolean },
  limits: SigningLimits = defaultSigningLimits(),
): Promise<LimitVerdict> {
  const { own, site } = signingStages(request, limits);
  return verdictOf([...own, ...site], await countInStages([own, site]));
}

/** Takes one mail from a recipient mailbox's budget; false when the mailbox has had its share. */
export const consumeMailBudget = (email: string, limits: SigningLimits = defaultSigningLimits()): Promise<boolean> =>
  tryConsume(limiter("sign-mailbox", limits.mailbox), mailboxKey(email));

/**
 * Every counter of a signing attempt at once (ceilings, then the mail budget), in one transaction:
 * refused when a ceiling is reached; otherwise `mail` says whether the mailbox is within its budget.
 */
export async function consumeSigningLimits(
  request: { address: string; proofSolved: boolean },
  email: string,
  limits: SigningLimits = defaultSigningLimits(),
): Promise<{ ok: true; mail: boolean } | { ok: false; retryAfterSeconds: number }> {
  const { own, site } = signingStages(request, limits);
  const mailbox: Hit[] = [{ limiter: limiter("sign-mailbox", limits.mailbox), key: mailboxKey(email) }];
  const counted = await countInStages([own, site, mailbox]);
  const ceilings = verdictOf([...own, ...site], counted);
  return ceilings.ok ? { ok: true, mail: verdictOf(mailbox, counted).ok } : ceilings;
}

/**
 * Takes one proof-of-work challenge from a client address's allowance (app/api/altcha). Generous:
 * a signer needs one per signature, a reloaded or long-open page a few more.
 */
export const consumeChallenge = (address: string, limit: Limit = env.SIGN_LIMIT_CHALLENGE): Promise<LimitVerdict> =>
  consumeAll([{ limiter: limiter("altcha-ip", limit), key: address }]);
