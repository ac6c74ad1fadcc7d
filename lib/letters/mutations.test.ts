// Letters on the test database: slugs, kept versions once signatures confirmed a text, status moves.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { changeLetterStatus, createLetter, updateLetter } from "@/lib/letters/mutations";
import { letterFormSchema, type LetterInput } from "@/lib/letters/schema";
import { seedSignature, seedUser } from "@/lib/testing/seed";
import { authorized } from "@/lib/testing/access";

const input = (slug: string, over: Partial<Record<string, string>> = {}): LetterInput =>
  letterFormSchema.parse({ language: "en", title: "Keep it open", slug, addressee: "The Minister", body: "Dear Minister.", deadline: "", coordinators: "A\nB", ...over });

test("a coordinator's new letter is a draft with version 1, assigned to them, audited", async () => {
  const me = await seedUser(db);
  const result = await createLetter(me, input("keep-it-open-1"));
  assert.ok(result.ok);
  const letter = await db.letter.findUniqueOrThrow({ where: { id: result.id }, include: { versions: true, coordinatorsOf: true } });
  assert.equal(letter.status, "draft");
  assert.equal(letter.versions.length, 1);
  assert.deepEqual(letter.coordinatorsOf.map((c) => c.userId), [me.id]);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "letter.create" } }), 1);
  assert.deepEqual(await createLetter(me, input("keep-it-open-1")), { ok: false, code: "SLUG_TAKEN", fieldErrors: { slug: "SLUG_TAKEN" } });
});

test("editing text nobody confirmed changes the version in place; after a confirmation it makes a new one", async () => {
  const me = await seedUser(db, "admin");
  const created = await createLetter(me, input("versions-1"));
  assert.ok(created.ok);
  const id = created.id;
  assert.deepEqual(await updateLetter(await authorized(id, me), input("versions-1", { body: "Dear Minister, again." })), { ok: true, newVersion: null });
  let versions = await db.letterVersion.findMany({ where: { letterId: id } });
  assert.equal(versions.length, 1);
  assert.equal(versions[0].body, "Dear Minister, again.");

  await seedSignature(db, id, { letterVersion: 1 });
  assert.deepEqual(await updateLetter(await authorized(id, me), input("versions-1", { body: "A new text." })), { ok: true, newVersion: 2 });
  versions = await db.letterVersion.findMany({ where: { letterId: id }, orderBy: { version: "asc" } });
  assert.deepEqual(versions.map((v) => [v.version, v.body]), [[1, "Dear Minister, again."], [2, "A new text."]]);
  const letter = await db.letter.findUniqueOrThrow({ where: { id } });
  assert.equal(letter.version, 2);
  assert.equal(letter.body, "A new text.");

  // A change that leaves the text alone (the deadline) makes no version.
  assert.deepEqual(await updateLetter(await authorized(id, me), input("versions-1", { body: "A new text.", deadline: "2099-01-01T12:00" })), { ok: true, newVersion: null });
  const edits = await db.auditEvent.findMany({ where: { letterId: id, action: "letter.edit" } });
  assert.equal(edits.length, 3);
});

test("the slug is fixed once published, and must stay unique", async () => {
  const me = await seedUser(db, "admin");
  const a = await createLetter(me, input("slug-a"));
  const b = await createLetter(me, input("slug-b"));
  assert.ok(a.ok && b.ok);
  assert.deepEqual(await updateLetter(await authorized(b.id, me), input("slug-a")), { ok: false, code: "SLUG_TAKEN", fieldErrors: { slug: "SLUG_TAKEN" } });
  assert.deepEqual(await changeLetterStatus(await authorized(a.id, me), "publish"), { ok: true });
  assert.deepEqual(await updateLetter(await authorized(a.id, me), input("slug-a2")), { ok: false, code: "SLUG_LOCKED", fieldErrors: { slug: "SLUG_LOCKED" } });
});

test("status moves follow the letter state machine and are audited", async () => {
  const me = await seedUser(db, "admin");
  const created = await createLetter(me, input("status-1"));
  assert.ok(created.ok);
  const id = created.id;
  assert.deepEqual(await changeLetterStatus(await authorized(id, me), "close"), { ok: false, code: "INVALID_TRANSITION" });
  assert.deepEqual(await changeLetterStatus(await authorized(id, me), "publish"), { ok: true });
  const published = await db.letter.findUniqueOrThrow({ where: { id } });
  assert.equal(published.status, "open");
  assert.ok(published.publishedAt);
  assert.deepEqual(await changeLetterStatus(await authorized(id, me), "close"), { ok: true });
  assert.deepEqual(await changeLetterStatus(await authorized(id, me), "deliver"), { ok: true });
  assert.deepEqual(await changeLetterStatus(await authorized(id, me), "reopen"), { ok: false, code: "INVALID_TRANSITION" });
  const actions = (await db.auditEvent.findMany({ where: { letterId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["letter.create", "letter.publish", "letter.close", "letter.deliver"]);
  assert.deepEqual(await updateLetter(await authorized(id, me), input("status-1", { title: "Changed" })), { ok: false, code: "LETTER_DELIVERED" });
});

test("a letter whose deadline has passed cannot be reopened until the deadline moves", async () => {
  const me = await seedUser(db, "admin");
  const created = await createLetter(me, input("deadline-1", { deadline: "2001-01-01T00:00" }));
  assert.ok(created.ok);
  assert.deepEqual(await changeLetterStatus(await authorized(created.id, me), "publish"), { ok: false, code: "DEADLINE_PASSED" });
});
