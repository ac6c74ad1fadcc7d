// Retention on the real test database: what the privacy page promises is what is deleted.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { seedLetter, seedSignature } from "@/lib/testing/seed";

const DAY = 86_400_000;

test("unconfirmed signatures go with their links after 30 days; confirmed ones and recent ones stay", async () => {
  const { db } = await import("@/lib/db");
  const { purgeExpiredData } = await import("@/lib/privacy/retention");
  const letter = await seedLetter(db);
  const now = new Date();
  const make = async (status: string, ageDays: number) => {
    const signature = await seedSignature(db, letter.id, { status, createdAt: new Date(now.getTime() - ageDays * DAY) });
    await db.signatureToken.create({
      data: { signatureId: signature.id, purpose: "confirm", tokenHash: randomUUID(), expiresAt: new Date(now.getTime() + DAY) },
    });
    return signature;
  };
  const old = await make("pending_confirmation", 31);
  const recent = await make("pending_confirmation", 29);
  const confirmed = await make("confirmed", 90);

  const result = await purgeExpiredData(now, { unconfirmedDays: 30, sentMailDays: 7 });
  assert.equal(result.signatures, 1);
  assert.equal(result.tokens, 1);
  assert.equal(await db.signature.findUnique({ where: { id: old.id } }), null);
  assert.equal(await db.signatureToken.count({ where: { signatureId: old.id } }), 0);
  assert.ok(await db.signature.findUnique({ where: { id: recent.id } }));
  assert.ok(await db.signature.findUnique({ where: { id: confirmed.id } }));
  assert.equal((await purgeExpiredData(now, { unconfirmedDays: 30, sentMailDays: 7 })).signatures, 0, "idempotent");
});

test("sent mail goes after 7 days, failed mail after 30, expired rate-limit counters at once; pending mail is never deleted", async () => {
  const { db } = await import("@/lib/db");
  const { purgeExpiredData } = await import("@/lib/privacy/retention");
  const now = new Date();
  const mail = (status: string, ageDays: number) =>
    db.outboxMessage.create({
      data: {
        kind: "confirm-signature", to: `${randomUUID()}@example.org`, subject: "s", html: "h", text: "t", status,
        createdAt: new Date(now.getTime() - ageDays * DAY), sentAt: status === "sent" ? new Date(now.getTime() - ageDays * DAY) : null,
      },
    });
  const oldSent = await mail("sent", 8);
  const newSent = await mail("sent", 6);
  const oldFailed = await mail("failed", 31);
  const oldPending = await mail("pending", 60);
  await db.rateLimiterFlexible.createMany({
    data: [
      { key: "sign-ip:192.0.2.200", points: 1, expire: new Date(now.getTime() - 1000) },
      { key: "sign-ip:192.0.2.201", points: 1, expire: new Date(now.getTime() + 60_000) },
    ],
  });
  await purgeExpiredData(now, { unconfirmedDays: 30, sentMailDays: 7 });
  const counters = (await db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "sign-ip:192.0.2.20" } } })).map((c) => c.key);
  assert.deepEqual(counters, ["sign-ip:192.0.2.201"], "expired rate-limit counters (network addresses) are deleted");
  const left = new Set((await db.outboxMessage.findMany({ select: { id: true } })).map((m) => m.id));
  assert.ok(!left.has(oldSent.id) && !left.has(oldFailed.id));
  assert.ok(left.has(newSent.id) && left.has(oldPending.id));
});

test("a signature's network hash is cleared 30 days after it was made; the signature stays", async () => {
  const { db } = await import("@/lib/db");
  const { purgeExpiredData } = await import("@/lib/privacy/retention");
  const letter = await seedLetter(db);
  const now = new Date();
  const make = async (ageDays: number) => {
    const signature = await seedSignature(db, letter.id, { status: "approved", createdAt: new Date(now.getTime() - ageDays * DAY) });
    return db.signature.update({ where: { id: signature.id }, data: { network: "0123456789abcdef" } });
  };
  const old = await make(31);
  const recent = await make(29);
  const result = await purgeExpiredData(now, { unconfirmedDays: 30, sentMailDays: 7 });
  assert.equal(result.networks, 1);
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: old.id } })).network, null);
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: recent.id } })).network, "0123456789abcdef");
  assert.equal((await purgeExpiredData(now, { unconfirmedDays: 30, sentMailDays: 7 })).networks, 0, "idempotent");
});
