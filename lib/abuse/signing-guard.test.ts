// Honeypot, proof-of-work and rate limits on the real test database (SQLite or PostgreSQL),
// through signLetter as the sign action calls it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { seedLetter, uniqueId as id } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/abuse/rate-limit")),
  ...(await import("@/lib/abuse/proof-of-work")),
});

async function openLetter() {
  const { db } = await lib();
  return (await seedLetter(db)).slug;
}

const answers = (email: string) => signatureSchema.parse({
  orgName: "Guarded Org", country: "FR", orgType: "academic", contactName: "Ana", email, consent: true,
});

/** Solves a cheap challenge as the widget would, and encodes it as the widget's form field. */
async function solvedProof() {
  const { createProofChallenge } = await lib();
  const challenge = await createProofChallenge({ cost: 1, counterMin: 5, counterMax: 20, ttlSeconds: 60 });
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution);
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

test("a filled honeypot is refused as a bot and nothing is written", async () => {
  const { db, signLetter } = await lib();
  const slug = await openLetter();
  const email = `hp-${id()}@example.org`;
  const result = await signLetter(slug, answers(email), { address: "192.0.2.1", honeypot: "http://spam.example" });
  assert.deepEqual(result, { ok: false, code: "BOT_SUSPECTED" });
  assert.equal(await db.signature.count({ where: { email } }), 0);
});

test("a solved proof is accepted once; forged or reused ones are refused", async () => {
  const { db, signLetter } = await lib();
  const slug = await openLetter();
  const proof = await solvedProof();
  assert.deepEqual(await signLetter(slug, answers(`pow-${id()}@example.org`), { address: "192.0.2.2", proof }), { ok: true });
  assert.deepEqual(await signLetter(slug, answers(`pow-${id()}@example.org`), { address: "192.0.2.2", proof }), {
    ok: false, code: "BOT_SUSPECTED",
  });
  const forged = JSON.parse(Buffer.from(await solvedProof(), "base64").toString());
  // The derived key is the proof (the server checks it against the challenge's signed key).
  forged.solution.derivedKey = forged.solution.derivedKey.replace(/^./, (c: string) => (c === "0" ? "1" : "0"));
  const forgedProof = Buffer.from(JSON.stringify(forged)).toString("base64");
  assert.deepEqual(await signLetter(slug, answers(`pow-${id()}@example.org`), { address: "192.0.2.2", proof: forgedProof }), {
    ok: false, code: "BOT_SUSPECTED",
  });
  assert.deepEqual(await signLetter(slug, answers(`pow-${id()}@example.org`), { address: "192.0.2.2", proof: "bm90IGpzb24=" }), {
    ok: false, code: "BOT_SUSPECTED",
  });
  assert.equal(await db.signature.count({ where: { letter: { slug } } }), 1);
});

test("without a proof (no JavaScript) signing works, under the stricter per-address limit", async () => {
  const { signLetter } = await lib();
  const slug = await openLetter();
  const address = "198.51.100.9";
  // Default no-proof limit: 3 per 10 minutes per address.
  for (let i = 0; i < 3; i++) assert.deepEqual(await signLetter(slug, answers(`nojs-${id()}@org${i}.example`), { address }), { ok: true });
  assert.deepEqual(await signLetter(slug, answers(`nojs-${id()}@org9.example`), { address }), { ok: false, code: "RATE_LIMITED" });
  // Another address is not affected; with a proof the same address still may sign.
  assert.deepEqual(await signLetter(slug, answers(`nojs-${id()}@org8.example`), { address: "198.51.100.10" }), { ok: true });
  assert.deepEqual(await signLetter(slug, answers(`js-${id()}@org7.example`), { address, proof: await solvedProof() }), { ok: true });
});

test("an organisation's domain is one bucket; a free-mail domain is limited per canonical address", async () => {
  const { consumeSigningLimits, emailLimitKey } = await lib();
  const limits = { address: { points: 100, seconds: 60 }, addressNoProof: { points: 100, seconds: 60 }, domain: { points: 2, seconds: 60 } };
  const org = `org-${id()}.example`;
  const consume = (email: string, n: number) => consumeSigningLimits({ address: `203.0.113.${n}`, email, proofSolved: true }, limits);
  assert.deepEqual(await consume(`a@${org}`, 1), { ok: true });
  assert.deepEqual(await consume(`b@${org}`, 2), { ok: true });
  const third = await consume(`c@${org}`, 3);
  assert.equal(third.ok, false);
  assert.ok(!third.ok && third.retryAfterSeconds > 0 && third.retryAfterSeconds <= 60);

  const user = `free.${id()}`;
  assert.equal(emailLimitKey(`${user}@gmail.com`), emailLimitKey(`${user.replace(".", "")}+tag@googlemail.com`));
  assert.deepEqual(await consume(`${user}@gmail.com`, 4), { ok: true });
  assert.deepEqual(await consume(`other1.${id()}@gmail.com`, 5), { ok: true });
  assert.deepEqual(await consume(`other2.${id()}@gmail.com`, 6), { ok: true });
  assert.deepEqual(await consume(`${user.replace(".", "")}+x@gmail.com`, 7), { ok: true });
  assert.equal((await consume(`${user.toUpperCase()}@gmail.com`, 8)).ok, false, "third use of one gmail address");
});

test("the counters live in the database, where every app instance reads them", async () => {
  const { db, consumeSigningLimits } = await lib();
  const limits = { address: { points: 5, seconds: 60 }, addressNoProof: { points: 5, seconds: 60 }, domain: { points: 5, seconds: 60 } };
  await consumeSigningLimits({ address: "192.0.2.77", email: "x@shared.example", proofSolved: true }, limits);
  await consumeSigningLimits({ address: "192.0.2.77", email: "y@shared.example", proofSolved: true }, limits);
  const rows = await db.rateLimiterFlexible.findMany({ where: { key: { in: ["sign-ip:192.0.2.77", "sign-mail:domain:shared.example"] } } });
  assert.deepEqual(rows.map((r) => r.points).sort(), [2, 2]);
});
