// Private signing links on the test database (SQLite, or PostgreSQL with TEST_DB=postgresql), mail
// over a real SMTP exchange on loopback: a link signs a draft, the signer confirms by mail as
// usual, and the link stops working when revoked or expired. The public never sees the draft.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, uniqueEmail } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";
import { signingLinkSchema } from "@/lib/letters/founding-schema";

const smtp = await catchMailForThisFile();

// Loaded after the mail catcher has set SMTP_URL: lib/env reads it once.
const lib = async () => ({
  ...(await import("@/lib/testing/access")),
  ...(await import("@/lib/db")),
  ...(await import("@/lib/letters/signing-links")),
  ...(await import("@/lib/letters/queries")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/mail/worker")),
});

const answers = (email: string) =>
  signatureSchema.parse({ orgName: "Founding Org", country: "KE", orgType: "civil_society", contactName: "Wanjiru", email, consent: true });

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

async function draftWithLink(days = 14) {
  const { db, createSigningLink, authorized } = await lib();
  const letter = await seedLetter(db, { status: "draft" });
  const access = await authorized(letter.id);
  const created = await createSigningLink(access, signingLinkSchema.parse({ label: "Drafting group", days }));
  assert.ok(created.ok);
  return { letter, access, token: created.token, linkId: created.linkId };
}

test("a link is shown once: only its hash is stored, and making it is audited", async () => {
  const { db, signingLinkUrl } = await lib();
  const { letter, token, linkId } = await draftWithLink();
  const row = await db.signingLink.findUniqueOrThrow({ where: { id: linkId } });
  assert.notEqual(row.tokenHash, token);
  assert.equal(row.tokenHash.length, 64);
  assert.equal(row.label, "Drafting group");
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "signingLink.create" } }), 1);
  assert.equal(signingLinkUrl(letter.slug, token, "fr"), `http://localhost:3999/fr/letters/${letter.slug}/founding/${token}`);
});

test("links are for drafts only", async () => {
  const { db, createSigningLink, authorized } = await lib();
  const letter = await seedLetter(db);
  assert.deepEqual(await createSigningLink(await authorized(letter.id), signingLinkSchema.parse({})), { ok: false, code: "INVALID_TRANSITION" });
  assert.equal(await db.signingLink.count({ where: { letterId: letter.id } }), 0);
});

test("through a link a draft is signed and confirmed by mail as an initial signatory; without it, the draft does not exist", async () => {
  const { db, signLetter, deliverDueMail, confirmSignature, getPublicLetter, listPublicLetters, listSigningLinks } = await lib();
  const { letter, access, token, linkId } = await draftWithLink();
  const email = uniqueEmail("founder");
  assert.deepEqual(await signLetter(letter.slug, answers(email)), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await signLetter(letter.slug, answers(email), undefined, "en", token), { ok: true });
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: email, subject: /confirm/i });
  const confirmed = await confirmSignature(tokenOf(mail.linkById("confirm-link")));
  assert.equal(confirmed.ok, true);
  const signature = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, emailCanonical: email } });
  assert.equal(signature.status, "confirmed");
  assert.equal(signature.tier, "initial");
  assert.equal(signature.signingLinkId, linkId);
  assert.equal((await listSigningLinks(access)).find((l) => l.id === linkId)?.signatures, 1);
  // The public: no page, no place in the list of letters.
  assert.equal(await getPublicLetter(letter.slug), null);
  assert.ok(!(await listPublicLetters("en")).some((l) => l.id === letter.id));
});

test("a revoked link signs nothing, and says it was revoked; revoking twice records once", async () => {
  const { db, signLetter, revokeSigningLink, checkSigningLink, listSigningLinks } = await lib();
  const { letter, access, token, linkId } = await draftWithLink();
  assert.deepEqual(await revokeSigningLink(access, linkId), { ok: true });
  assert.deepEqual(await revokeSigningLink(access, linkId), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await checkSigningLink(db, letter.slug, token), { ok: false, problem: "revoked" });
  assert.deepEqual(await signLetter(letter.slug, answers(uniqueEmail()), undefined, "en", token), { ok: false, code: "NOT_FOUND" });
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 0);
  assert.equal((await listSigningLinks(access))[0].state, "revoked");
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "signingLink.revoke" } }), 1);
});

test("an expired link signs nothing, and says it expired", async () => {
  const { db, signLetter, checkSigningLink, listSigningLinks } = await lib();
  const { letter, access, token, linkId } = await draftWithLink(1);
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  assert.deepEqual(await checkSigningLink(db, letter.slug, token, inTwoDays), { ok: false, problem: "expired" });
  assert.equal((await listSigningLinks(access, inTwoDays))[0].state, "expired");
  await db.signingLink.update({ where: { id: linkId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  assert.deepEqual(await signLetter(letter.slug, answers(uniqueEmail()), undefined, "en", token), { ok: false, code: "NOT_FOUND" });
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 0);
});

test("a link opens only its own letter", async () => {
  const { db, checkSigningLink, signLetter } = await lib();
  const { token } = await draftWithLink();
  const other = await seedLetter(db, { status: "draft" });
  assert.deepEqual(await checkSigningLink(db, other.slug, token), { ok: false, problem: "unknown" });
  assert.deepEqual(await checkSigningLink(db, other.slug, "x".repeat(43)), { ok: false, problem: "unknown" });
  assert.deepEqual(await signLetter(other.slug, answers(uniqueEmail()), undefined, "en", token), { ok: false, code: "NOT_FOUND" });
});

test("once published, a signature through the link is an ordinary one", async () => {
  const { db, signLetter } = await lib();
  const { letter, token } = await draftWithLink();
  await db.letter.update({ where: { id: letter.id }, data: { status: "open", publishedAt: new Date() } });
  const email = uniqueEmail();
  assert.deepEqual(await signLetter(letter.slug, answers(email), undefined, "en", token), { ok: true });
  const signature = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(signature.tier, "signatory");
});
