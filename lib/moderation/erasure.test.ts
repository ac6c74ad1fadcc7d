// Erasure on the real test database, through the real signing path so the mail and links exist.
import assert from "node:assert/strict";
import { test } from "node:test";
import { seedLetter, uniqueEmail, uniqueId } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/moderation/mutations")),
  ...(await import("@/lib/testing/access")),
});

async function signedUp(email: string) {
  const { db, signLetter } = await lib();
  const letter = await seedLetter(db);
  const answers = { orgName: "Erased Org", country: "DE", orgType: "technical", contactName: "Private Person", email,
    role: "Secret role", comment: "Secret comment", consent: true };
  assert.deepEqual(await signLetter(letter.slug, signatureSchema.parse(answers)), { ok: true });
  const signature = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  return { letter, signature };
}

test("erasing blanks personal data, deletes the signature's links and mail, and audits without the data", async () => {
  const { db, signLetter, eraseSignerData, authorized } = await lib();
  const tag = uniqueId();
  const email = `Erase.Me.${tag}@gmail.com`;
  const { letter, signature } = await signedUp(email);
  // Mail about this signature to another spelling of the address (the person signing again), and
  // the same person's signature of another letter, with its mail, which is not being erased.
  const again = { orgName: "Erased Org", country: "DE", orgType: "technical", contactName: "Private Person", email: `eraseme${tag}+x@googlemail.com`, consent: true };
  assert.deepEqual(await signLetter(letter.slug, signatureSchema.parse(again)), { ok: true });
  const { letter: otherLetter } = await signedUp(email);
  const otherSignature = await db.signature.findFirstOrThrow({ where: { letterId: otherLetter.id } });
  const kept = await db.outboxMessage.findMany({ where: { signatureId: otherSignature.id }, select: { id: true } });
  assert.equal(kept.length, 1);
  const other = await db.outboxMessage.create({ data: { kind: "confirm-signature", to: "someone@else.example", subject: "s", html: "h", text: "t" } });
  assert.equal(await db.outboxMessage.count({ where: { signatureId: signature.id } }), 2);

  const checked = await authorized(letter.id);
  const result = await eraseSignerData(checked, signature);
  assert.deepEqual(result, { ok: true });

  const after = await db.signature.findUniqueOrThrow({ where: { id: signature.id } });
  assert.equal(after.contactName, "");
  assert.equal(after.email, "");
  assert.equal(after.emailCanonical, `erased:${signature.id}`);
  assert.equal(after.role, null);
  assert.equal(after.comment, null);
  assert.ok(after.erasedAt);
  assert.equal(after.orgName, "Erased Org", "the organisation's own data stays");
  assert.equal(after.status, signature.status);
  assert.equal(await db.signatureToken.count({ where: { signatureId: signature.id } }), 0);
  assert.equal(await db.outboxMessage.count({ where: { signatureId: signature.id } }), 0);
  const left = await db.outboxMessage.findMany({ where: { id: { in: [other.id, ...kept.map((m) => m.id)] } } });
  assert.equal(left.length, 2, "mail about the person's other signature, and to someone else, stays");

  const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: signature.id, action: "signature.erase" } });
  assert.equal(audit.actorEmail, checked.actor.email);
  for (const secret of ["Private Person", "Secret role", "Secret comment", email.toLowerCase(), "gmail"]) {
    assert.ok(!audit.details.toLowerCase().includes(secret.toLowerCase()), `audit details must not hold ${secret}`);
  }

  assert.deepEqual(await eraseSignerData(checked, signature), { ok: false, code: "ALREADY_ERASED" });
});

test("a signature of another letter cannot be erased through this one", async () => {
  const { db, eraseSignerData, authorized } = await lib();
  const { signature } = await signedUp(uniqueEmail("cross"));
  const { letter: otherLetter } = await signedUp(uniqueEmail("cross"));
  assert.deepEqual(await eraseSignerData(await authorized(otherLetter.id), signature), { ok: false, code: "NOT_FOUND" });
  assert.notEqual((await db.signature.findUniqueOrThrow({ where: { id: signature.id } })).email, "");
});

test("after erasure the same address can sign the letter again", async () => {
  const { db, signLetter, eraseSignerData, authorized } = await lib();
  const email = uniqueEmail("again");
  const { letter, signature } = await signedUp(email);
  await eraseSignerData(await authorized(letter.id), signature);
  assert.deepEqual(
    await signLetter(letter.slug, signatureSchema.parse({ orgName: "Again", country: "DE", orgType: "technical", contactName: "P", email, consent: true })),
    { ok: true },
  );
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 2);
});
