// Hundreds of signatures at once, many of them the same person under another spelling of the
// address: exactly one row per (letter, canonical email), every call answered, on SQLite and
// on PostgreSQL (TEST_DB=postgresql).
import assert from "node:assert/strict";
import { test } from "node:test";
import { seedLetter, uniqueId } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";

const PEOPLE = 150;
const SPELLINGS = ["first.last{n}@gmail.com", "FirstLast{n}@gmail.com", "firstlast{n}+letter@googlemail.com"];

test(`${PEOPLE * 2} concurrent signatures from ${PEOPLE} people give ${PEOPLE} rows and no error`, { timeout: 120_000 }, async () => {
  const { db } = await import("@/lib/db");
  const { signLetter } = await import("@/lib/signatures/mutations");
  const letter = await seedLetter(db);
  const run = uniqueId();
  // Each person signs twice at once, with two different spellings of their address.
  const calls = Array.from({ length: PEOPLE }, (_, n) => {
    const spelling = (i: number) => SPELLINGS[(n + i) % SPELLINGS.length].replace("{n}", `${run}${n}`);
    return [spelling(0), spelling(1)];
  }).flat();
  const started = Date.now();
  const results = await Promise.allSettled(
    calls.map((email) =>
      signLetter(letter.slug, signatureSchema.parse({ orgName: `Org ${email}`, country: "BR", orgType: "other", contactName: "P", email, consent: true })),
    ),
  );
  const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
  assert.deepEqual(failures.slice(0, 3), [], `${failures.length} call(s) failed`);
  for (const r of results) assert.deepEqual((r as PromiseFulfilledResult<unknown>).value, { ok: true });

  const rows = await db.signature.findMany({ where: { letterId: letter.id }, select: { emailCanonical: true } });
  assert.equal(rows.length, PEOPLE);
  assert.equal(new Set(rows.map((r) => r.emailCanonical)).size, PEOPLE);
  // One mail per call: a confirmation, or a fresh one for the second spelling (unconfirmed re-sign).
  assert.equal(await db.outboxMessage.count({ where: { to: { in: calls } } }), calls.length);
  console.info(`[concurrency] ${calls.length} signatures in ${Date.now() - started} ms`);
});
