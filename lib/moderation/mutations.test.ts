// Moderation on the test database: decisions move through the state machine only, the
// approved counter follows them in the same transaction, every change is audited, nothing is deleted.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { moderateSignatures, renameSignature } from "@/lib/moderation/mutations";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser } from "@/lib/testing/seed";

const approvedCount = async (id: string) => (await db.letter.findUniqueOrThrow({ where: { id } })).approvedCount;

test("approving and rejecting keeps the approved count right and audits each change", async () => {
  const actor = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: actor.id });
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => seedSignature(db, letter.id)));

  const approved = await moderateSignatures(await authorized(letter.id, actor), { decision: "approve", ids: [a.id, b.id, c.id], reason: null });
  assert.equal(approved.changed.length, 3);
  assert.equal(await approvedCount(letter.id), 3);

  const rejected = await moderateSignatures(await authorized(letter.id, actor), { decision: "reject", ids: [b.id], reason: "Not an organisation" });
  assert.deepEqual(rejected.changed, [b.id]);
  assert.equal(await approvedCount(letter.id), 2);
  const row = await db.signature.findUniqueOrThrow({ where: { id: b.id } });
  assert.equal(row.status, "rejected");
  assert.equal(row.rejectionReason, "Not an organisation");
  assert.equal(row.reviewedById, actor.id);

  // Approving an approved signature is refused by the state machine, not double counted.
  const again = await moderateSignatures(await authorized(letter.id, actor), { decision: "approve", ids: [a.id], reason: null });
  assert.deepEqual(again.skipped, [a.id]);
  assert.equal(await approvedCount(letter.id), 2);

  const audit = await db.auditEvent.findMany({ where: { letterId: letter.id }, orderBy: { createdAt: "asc" } });
  assert.equal(audit.filter((e) => e.action === "signature.approve").length, 3);
  const reject = audit.find((e) => e.action === "signature.reject")!;
  assert.equal(reject.actorEmail, actor.email);
  assert.equal(reject.targetId, b.id);
  assert.deepEqual(JSON.parse(reject.details), { from: "approved", to: "rejected", name: b.orgName, reason: "Not an organisation" });
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 3, "nothing deleted");
});

test("unconfirmed and withdrawn signatures cannot be approved", async () => {
  const actor = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: actor.id });
  const pending = await seedSignature(db, letter.id, { status: "pending_confirmation" });
  const withdrawn = await seedSignature(db, letter.id, { status: "withdrawn" });
  const result = await moderateSignatures(await authorized(letter.id, actor), { decision: "approve", ids: [pending.id, withdrawn.id], reason: null });
  assert.deepEqual(result.changed, []);
  assert.equal(result.skipped.length, 2);
  assert.equal(await approvedCount(letter.id), 0);
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: pending.id } })).status, "pending_confirmation");
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id } }), 0);
});

test("a signature of another letter cannot be moderated through this one", async () => {
  const actor = await seedUser(db);
  const mine = await seedLetter(db, { coordinatorId: actor.id });
  const other = await seedLetter(db);
  const foreign = await seedSignature(db, other.id);
  const result = await moderateSignatures(await authorized(mine.id, actor), { decision: "approve", ids: [foreign.id], reason: null });
  assert.deepEqual(result.changed, []);
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: foreign.id } })).status, "confirmed");
  assert.equal(await approvedCount(other.id), 0);
});

test("renaming changes the displayed name and keys, keeps what the signer typed", async () => {
  const actor = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: actor.id });
  const sig = await seedSignature(db, letter.id, { orgName: "ARTICLE19" });
  assert.deepEqual(await renameSignature(await authorized(letter.id, actor), { id: sig.id, displayName: "ARTICLE 19" }), { ok: true });
  let row = await db.signature.findUniqueOrThrow({ where: { id: sig.id } });
  assert.equal(row.orgName, "ARTICLE19");
  assert.equal(row.displayName, "ARTICLE 19");
  assert.equal(row.sortKey, "article 19");
  assert.equal(row.nameKey, "article19");

  await renameSignature(await authorized(letter.id, actor), { id: sig.id, displayName: "" });
  row = await db.signature.findUniqueOrThrow({ where: { id: sig.id } });
  assert.equal(row.displayName, null, "an empty correction goes back to the typed name");
  const audit = await db.auditEvent.findMany({ where: { letterId: letter.id, action: "signature.rename" } });
  assert.equal(audit.length, 2);

  const other = await seedLetter(db, { coordinatorId: actor.id });
  assert.deepEqual(await renameSignature(await authorized(other.id, actor), { id: sig.id, displayName: "X" }), { ok: false, code: "NOT_FOUND" });
});
