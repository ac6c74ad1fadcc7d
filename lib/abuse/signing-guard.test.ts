// Honeypot, proof-of-work and rate limits on the real test database (SQLite or PostgreSQL),
// through signLetter as the sign action calls it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { findLinkById } from "@/lib/testing/links";
import { seedLetter, uniqueId as id } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/abuse/rate-limit")),
  ...(await import("@/lib/abuse/proof-of-work")),
  ...(await import("@/lib/abuse/pseudonym")),
  ...(await import("@/lib/abuse/signing-guard")),
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

/** The confirmation mails queued for one address, and its confirm token from the newest for a letter. */
async function mailTo(email: string) {
  const { db } = await lib();
  return db.outboxMessage.findMany({ where: { to: email, kind: "confirm-signature" }, orderBy: { createdAt: "asc" } });
}

test("thirty organisations signing from one address in ten minutes all get their mail, with or without JavaScript", async () => {
  // Fails on the old limits: 10 per address (with proof) and 3 without, per 10 minutes.
  const { signLetter } = await lib();
  const slug = await openLetter();
  for (const [address, proofs] of [["198.51.100.30", false], ["198.51.100.31", true]] as const) {
    const emails = Array.from({ length: 30 }, (_, i) => `room-${i}-${id()}@org${i}-${id()}.example`);
    for (const email of emails) {
      const proof = proofs ? await solvedProof() : undefined;
      assert.deepEqual(await signLetter(slug, answers(email), { address, proof }), { ok: true }, `${email} ${proofs ? "with" : "without"} proof`);
    }
    for (const email of emails) assert.equal((await mailTo(email)).length, 1, email);
  }
});

test("one client over a hard ceiling is held; another client, and the same one with a proof, still sign", async () => {
  const { guardSigning, consumeSigningCeilings } = await lib();
  const limits = { address: { points: 5, seconds: 60 }, addressNoProof: { points: 2, seconds: 60 }, global: { points: 1000, seconds: 60 }, mailbox: { points: 100, seconds: 60 } };
  const address = "203.0.113.40";
  const guard = (client: { address: string; proof?: string }) => guardSigning(client, `c-${id()}@example.org`, limits);
  assert.deepEqual(await guard({ address }), { ok: true, mail: true });
  assert.deepEqual(await guard({ address }), { ok: true, mail: true });
  assert.deepEqual(await guard({ address }), { ok: false, code: "RATE_LIMITED" }, "no-proof ceiling");
  assert.deepEqual(await guard({ address, proof: await solvedProof() }), { ok: true, mail: true });
  assert.deepEqual(await guard({ address, proof: await solvedProof() }), { ok: true, mail: true });
  assert.deepEqual(await guard({ address, proof: await solvedProof() }), { ok: false, code: "RATE_LIMITED" }, "address ceiling");
  assert.deepEqual(await guard({ address: "203.0.113.41" }), { ok: true, mail: true });
  const held = await consumeSigningCeilings({ address, proofSolved: true }, limits);
  assert.ok(!held.ok && held.retryAfterSeconds > 0 && held.retryAfterSeconds <= 60);
  // The site-wide ceiling counts every client together.
  const tight = { ...limits, global: { points: 2, seconds: 60 } };
  const site = (n: number) => consumeSigningCeilings({ address: `192.0.2.${200 + n}`, proofSolved: true }, tight);
  await (await lib()).db.rateLimiterFlexible.deleteMany({ where: { key: "sign-all:site" } });
  assert.deepEqual([(await site(1)).ok, (await site(2)).ok, (await site(3)).ok], [true, true, false]);
  // A client held at its own ceiling does not go on filling the count everyone shares.
  const { db } = await lib();
  await db.rateLimiterFlexible.deleteMany({ where: { key: "sign-all:site" } });
  for (let i = 0; i < 20; i++) assert.equal((await consumeSigningCeilings({ address, proofSolved: true }, tight)).ok, false);
  assert.equal(await db.rateLimiterFlexible.count({ where: { key: "sign-all:site" } }), 0);
  await db.rateLimiterFlexible.deleteMany({ where: { key: "sign-all:site" } });
});

test("strangers posting random addresses at an organisation's domain do not lock out its staff", async () => {
  // Fails on the old per-domain limit (20 per hour for target.org, on every letter).
  const { signLetter } = await lib();
  const slug = await openLetter();
  const domain = `target-${id()}.example`;
  for (let i = 0; i < 25; i++) {
    const result = await signLetter(slug, answers(`random${i}-${id()}@${domain}`), { address: `203.0.113.${100 + (i % 5)}`, proof: await solvedProof() });
    assert.deepEqual(result, { ok: true });
  }
  const staff = `staff-${id()}@${domain}`;
  assert.deepEqual(await signLetter(await openLetter(), answers(staff), { address: "198.51.100.77", proof: await solvedProof() }), { ok: true });
  assert.equal((await mailTo(staff)).length, 1);
});

test("a flooded mailbox gets no more mail for the hour; its signature and mailed link stay good, nobody else is affected", async () => {
  const { db, signLetter, confirmSignature } = await lib();
  const victim = `victim-${id()}@victim.example`;
  const first = await openLetter();
  assert.deepEqual(await signLetter(first, answers(victim), { address: "192.0.2.50" }), { ok: true });
  const link = findLinkById((await mailTo(victim))[0].html, "confirm-link")!;
  // A stranger spends the mailbox's hour (default 10 mails) from another network, on other letters.
  for (let i = 0; i < 9; i++) {
    assert.deepEqual(await signLetter(await openLetter(), answers(victim), { address: "203.0.113.60" }), { ok: true });
  }
  assert.equal((await mailTo(victim)).length, 10);
  // Over budget: the existing signature is not touched, a new one is stored, no mail is sent.
  assert.deepEqual(await signLetter(first, answers(victim), { address: "203.0.113.60" }), { ok: false, code: "RATE_LIMITED" });
  const another = await openLetter();
  assert.deepEqual(await signLetter(another, answers(victim), { address: "203.0.113.60" }), { ok: false, code: "RATE_LIMITED" });
  assert.equal(await db.signature.count({ where: { email: victim, letter: { slug: another } } }), 1, "stored");
  assert.equal((await mailTo(victim)).length, 10, "no eleventh mail");
  const confirmed = await confirmSignature(link.split("/confirm/")[1]);
  assert.equal(confirmed.ok, true, "the link mailed first still confirms");
  // A colleague at the same domain, and anyone else, sign and get mail as usual.
  const colleague = `colleague-${id()}@victim.example`;
  assert.deepEqual(await signLetter(first, answers(colleague), { address: "203.0.113.60" }), { ok: true });
  assert.equal((await mailTo(colleague)).length, 1);
});

test("a signature stores a keyed hash of its network (/24, /48), never the address", async () => {
  const { db, signLetter, networkHash, networkOf } = await lib();
  assert.equal(networkOf("192.0.2.77"), "192.0.2.0/24");
  assert.equal(networkOf("2001:db8:1:2::/64"), "2001:db8:1::/48");
  assert.equal(networkOf("unknown"), null);
  assert.equal(networkHash("192.0.2.1"), networkHash("192.0.2.254"));
  assert.notEqual(networkHash("192.0.2.1"), networkHash("192.0.3.1"));
  assert.equal(networkHash("2001:db8:1:2::/64"), networkHash("2001:db8:1:ffff::/64"));
  const slug = await openLetter();
  const email = `net-${id()}@example.org`;
  await signLetter(slug, answers(email), { address: "192.0.2.77" });
  const { network } = await db.signature.findFirstOrThrow({ where: { email } });
  assert.match(network ?? "", /^[0-9a-f]{16}$/);
  assert.ok(!network!.includes("192") && network !== networkOf("192.0.2.77"));
  assert.equal(network, networkHash("192.0.2.1"));
});

test("proof-of-work challenges have their own generous allowance per client address", async () => {
  const { consumeChallenge } = await lib();
  const { GET } = await import("@/app/api/altcha/route");
  const limit = { points: 3, seconds: 60 };
  for (let i = 0; i < 3; i++) assert.deepEqual(await consumeChallenge("192.0.2.90", limit), { ok: true });
  const held = await consumeChallenge("192.0.2.90", limit);
  assert.ok(!held.ok && held.retryAfterSeconds > 0);
  assert.deepEqual(await consumeChallenge("192.0.2.91", limit), { ok: true });
  // The route counts the request's address (default allowance: 600 per 10 minutes).
  const ask = (address: string) => GET(new Request("http://localhost/api/altcha", { headers: { "x-forwarded-for": address } }));
  const first = await ask("198.51.100.90");
  assert.equal(first.status, 200);
  assert.ok("parameters" in (await first.json()), "a challenge");
  await (await lib()).db.rateLimiterFlexible.update({ where: { key: "altcha-ip:198.51.100.90" }, data: { points: 600 } });
  const refused = await ask("198.51.100.90");
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get("retry-after")) > 0);
  assert.equal((await ask("198.51.100.91")).status, 200);
});

test("the counters live in the database, where every app instance reads them", async () => {
  const { db, consumeSigningCeilings, consumeMailBudget, mailboxKey } = await lib();
  const limits = { address: { points: 5, seconds: 60 }, addressNoProof: { points: 5, seconds: 60 }, global: { points: 5, seconds: 60 }, mailbox: { points: 5, seconds: 60 } };
  await consumeSigningCeilings({ address: "192.0.2.78", proofSolved: true }, limits);
  await consumeSigningCeilings({ address: "192.0.2.78", proofSolved: true }, limits);
  await consumeMailBudget("Some.One+a@GoogleMail.com", limits);
  await consumeMailBudget("someone@gmail.com", limits);
  const rows = await db.rateLimiterFlexible.findMany({ where: { key: { in: ["sign-ip:192.0.2.78", `sign-mailbox:${mailboxKey("someone@gmail.com")}`] } } });
  assert.deepEqual(rows.map((r) => r.points).sort(), [2, 2]);
  assert.ok(!rows.some((r) => r.key.includes("someone")), "the mailbox counter holds no address");
});
