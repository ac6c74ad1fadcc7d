// Scheduled publication on the test database (SQLite, or PostgreSQL with TEST_DB=postgresql):
// instances racing over the same due drafts open each exactly once, with exactly one audit event.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { test } from "node:test";
import { db } from "@/lib/db";
import { changeLetterStatus } from "@/lib/letters/mutations";
import { openDueLetters, setPublishAt } from "@/lib/letters/schedule";
import { authorized } from "@/lib/testing/access";
import { startInstance } from "@/lib/testing/instances";
import { seedLetter, seedUser } from "@/lib/testing/seed";

const instance = () => startInstance("lib/testing/publication-pass-process.ts");

const passes = (child: ChildProcess) =>
  new Promise<string[]>((resolve) => {
    child.once("message", (m) => resolve((m as { opened: string[] }).opened));
    child.send("go");
  });

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

test("a coordinator sets and clears the hour; it must be in the future and before the deadline; each change is audited", async () => {
  const letter = await seedLetter(db, { status: "draft", deadline: minutes(120) });
  const access = await authorized(letter.id);
  const at = minutes(60);
  assert.deepEqual(await setPublishAt(access, at), { ok: true });
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).publishAt?.getTime(), at.getTime());
  assert.deepEqual(await setPublishAt(access, minutes(-1)), { ok: false, code: "INVALID_VALUE", fieldErrors: { publishAt: "INVALID_VALUE" } });
  assert.deepEqual(await setPublishAt(access, minutes(180)), { ok: false, code: "INVALID_VALUE", fieldErrors: { publishAt: "INVALID_VALUE" } });
  assert.deepEqual(await setPublishAt(access, null), { ok: true });
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).publishAt, null);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "letter.schedule" } }), 2);
  const open = await seedLetter(db);
  assert.deepEqual(await setPublishAt(await authorized(open.id), minutes(60)), { ok: false, code: "INVALID_TRANSITION" });
});

test("a due draft opens at its hour, in the name of whoever scheduled it; a draft not yet due stays a draft", async () => {
  const me = await seedUser(db, "admin");
  const due = await seedLetter(db, { status: "draft" });
  const later = await seedLetter(db, { status: "draft" });
  const at = minutes(1);
  assert.ok((await setPublishAt(await authorized(due.id, me), at)).ok);
  assert.ok((await setPublishAt(await authorized(later.id, me), minutes(30))).ok);
  assert.deepEqual(await openDueLetters(minutes(-1)), []);
  assert.deepEqual((await openDueLetters(minutes(2))).filter((id) => id === due.id || id === later.id), [due.id]);
  const opened = await db.letter.findUniqueOrThrow({ where: { id: due.id } });
  assert.equal(opened.status, "open");
  assert.equal(opened.publishedAt?.getTime(), at.getTime());
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: later.id } })).status, "draft");
  const event = await db.auditEvent.findFirstOrThrow({ where: { letterId: due.id, action: "letter.publish" } });
  assert.equal(event.actorEmail, me.email);
  assert.equal(JSON.parse(event.details).scheduled, true);
});

test("publishing by hand clears the hour, and the scheduler then leaves the letter alone", async () => {
  const letter = await seedLetter(db, { status: "draft" });
  const access = await authorized(letter.id);
  assert.ok((await setPublishAt(access, minutes(1))).ok);
  assert.deepEqual(await changeLetterStatus(access, "publish"), { ok: true });
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).publishAt, null);
  assert.ok(!(await openDueLetters(minutes(2))).includes(letter.id));
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "letter.publish" } }), 1);
});

test("three instances racing over the same due drafts open each exactly once, with one audit event each", { timeout: 120_000 }, async () => {
  const letters = await Promise.all(Array.from({ length: 12 }, () => seedLetter(db, { status: "draft" })));
  // Due a moment ago: written directly, as setPublishAt only takes future hours.
  await db.letter.updateMany({ where: { id: { in: letters.map((l) => l.id) } }, data: { publishAt: new Date(Date.now() - 1000) } });
  const instances = await Promise.all([instance(), instance(), instance()]);
  const opened = (await Promise.all(instances.map(passes))).flat().filter((id) => letters.some((l) => l.id === id));
  assert.equal(opened.length, letters.length, "each letter opened by exactly one instance");
  assert.equal(new Set(opened).size, letters.length);
  for (const letter of letters) {
    assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).status, "open");
    assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "letter.publish" } }), 1);
  }
});
