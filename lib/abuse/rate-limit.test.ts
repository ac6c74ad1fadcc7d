// The database counters behind every limit (SQLite, or PostgreSQL with TEST_DB=postgresql):
// concurrent hits are all counted, a full counter refuses until its window ends, and a counter
// whose window has ended starts again.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { consumeChallenge, limiter, tryConsume } from "@/lib/abuse/rate-limit";
import { uniqueId } from "@/lib/testing/seed";

test("concurrent hits are all counted, and the one past the limit is refused", async () => {
  const l = limiter(`test-${uniqueId()}`, { points: 10, seconds: 60 });
  const results = await Promise.all(Array.from({ length: 12 }, () => tryConsume(l, "k")));
  assert.equal(results.filter(Boolean).length, 10);
  assert.equal((await db.rateLimiterFlexible.findUniqueOrThrow({ where: { key: `${l.prefix}:k` } })).points, 12);
});

test("a full counter refuses until its window ends, then starts a new window", async () => {
  const address = `198.51.100.${Math.floor(Math.random() * 200)}-${uniqueId()}`;
  const limit = { points: 1, seconds: 60 };
  assert.deepEqual(await consumeChallenge(address, limit), { ok: true });
  const held = await consumeChallenge(address, limit);
  assert.ok(!held.ok && held.retryAfterSeconds > 55 && held.retryAfterSeconds <= 60);
  // The window ended (as if a minute had passed).
  await db.rateLimiterFlexible.update({ where: { key: `altcha-ip:${address}` }, data: { expire: new Date(Date.now() - 1000) } });
  assert.deepEqual(await consumeChallenge(address, limit), { ok: true });
  const row = await db.rateLimiterFlexible.findUniqueOrThrow({ where: { key: `altcha-ip:${address}` } });
  assert.equal(row.points, 1);
  assert.ok(row.expire!.getTime() > Date.now() + 55_000, "a new window");
});
