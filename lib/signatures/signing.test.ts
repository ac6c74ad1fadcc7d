// Signing, confirming and withdrawing against the test database (SQLite, or PostgreSQL with
// TEST_DB=postgresql) with mail delivered over a real SMTP exchange on loopback.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, uniqueEmail } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";
import { fieldErrorsFrom } from "@/lib/errors";

const smtp = await catchMailForThisFile();

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/signatures/queries")),
  ...(await import("@/lib/mail/worker")),
});

async function openLetter(extra: { status?: string; deadline?: Date } = {}) {
  const { db } = await lib();
  return seedLetter(db, { version: 3, ...extra });
}

const answers = (email: string, orgName = "ARTICLE 19") => signatureSchema.parse({
  orgName,
  country: "GB",
  orgType: "civil_society",
  website: "https://article19.org",
  contactName: "Ana Example",
  email,
  consent: true,
});

async function signAndReadMail(slug: string, email: string) {
  const { signLetter, deliverDueMail } = await lib();
  assert.deepEqual(await signLetter(slug, answers(email)), { ok: true });
  await deliverDueMail();
  return smtp.waitForMail({ to: email, subject: /confirm/i });
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

test("a signer signs, gets a link by mail, and only pressing Confirm confirms", async () => {
  const { db, lookUpToken, confirmSignature, listApprovedSignatories } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const mail = await signAndReadMail(letter.slug, email);
  assert.match(mail.text, /ARTICLE 19/);
  const link = mail.linkById("confirm-link");
  assert.match(link, /^http:\/\/localhost:3999\/en\/confirm\/[A-Za-z0-9_-]{43}$/);
  assert.match(mail.linkById("withdraw-link"), /\/withdraw\//);

  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(stored.status, "pending_confirmation");
  const tokens = await db.signatureToken.findMany({ where: { signatureId: stored.id } });
  assert.ok(tokens.every((t) => t.tokenHash !== tokenOf(link)), "the token itself is never stored");

  // Opening the link (as a mail scanner would) changes nothing.
  const looked = await lookUpToken(tokenOf(link), "confirm");
  assert.equal(looked.ok && looked.signature.orgName, "ARTICLE 19");
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: stored.id } })).status, "pending_confirmation");

  const confirmed = await confirmSignature(tokenOf(link));
  assert.equal(confirmed.ok, true);
  const after = await db.signature.findUniqueOrThrow({ where: { id: stored.id } });
  assert.equal(after.status, "confirmed");
  assert.equal(after.letterVersion, 3, "the signature records the letter version it confirmed");
  assert.ok(after.confirmedAt);

  // Confirmed is not yet public: it waits for a coordinator.
  assert.deepEqual(await listApprovedSignatories(letter.id, 1), []);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).approvedCount, 0);

  assert.deepEqual(await confirmSignature(tokenOf(link)), { ok: false, code: "TOKEN_USED" });
});

test("unknown and expired links get a clear code", async () => {
  const { db, lookUpToken, confirmSignature } = await lib();
  assert.deepEqual(await lookUpToken("x".repeat(43), "confirm"), { ok: false, code: "TOKEN_UNKNOWN" });
  assert.deepEqual(await lookUpToken("not-even-a-token", "confirm"), { ok: false, code: "TOKEN_UNKNOWN" });

  const letter = await openLetter();
  const mail = await signAndReadMail(letter.slug, uniqueEmail());
  const token = tokenOf(mail.linkById("confirm-link"));
  await db.signatureToken.updateMany({ where: { purpose: "confirm", signature: { letterId: letter.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
  assert.deepEqual(await confirmSignature(token), { ok: false, code: "TOKEN_EXPIRED" });
  assert.equal((await db.signature.findFirstOrThrow({ where: { letterId: letter.id } })).status, "pending_confirmation");
});

test("signing twice with one address keeps one signature and says so by mail only", async () => {
  const { db, signLetter, confirmSignature, deliverDueMail } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const first = await signAndReadMail(letter.slug, email);
  await confirmSignature(tokenOf(first.linkById("confirm-link")));

  // Same mailbox, written differently: the page's answer is the same as for a new signer.
  const again = await signLetter(letter.slug, answers(email.toUpperCase(), "Someone Else"));
  assert.deepEqual(again, { ok: true });
  await deliverDueMail();
  const notice = await smtp.waitForMail({ to: email, subject: /already signed/i });
  assert.match(notice.text, /already signed/i);
  const rows = await db.signature.findMany({ where: { letterId: letter.id } });
  assert.equal(rows.length, 1);
  assert.equal(rows[0].orgName, "ARTICLE 19", "a second submission does not overwrite a confirmed signature");
  assert.equal(rows[0].status, "confirmed");
});

/** A pending signature's address signs again (the owner fixing a typo, or anyone who knows the address). */
async function resubmitted(newOrg: string) {
  const { db, signLetter, deliverDueMail } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const first = await signAndReadMail(letter.slug, email);
  smtp.clear();
  assert.deepEqual(await signLetter(letter.slug, { ...answers(email, newOrg), contactName: "Someone Else", role: "Other role" }), { ok: true });
  await deliverDueMail();
  const second = await smtp.waitForMail({ to: email, subject: /confirm/i });
  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  return { letter, email, first, second, stored };
}

test("signing again with a pending address changes nothing until the mailbox owner confirms, and the first link still works", async () => {
  const { db, confirmSignature } = await lib();
  const { letter, first, second, stored } = await resubmitted("Impostor Ltd");
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 1);
  assert.equal(stored.orgName, "ARTICLE 19", "the pending signature keeps its answers");
  assert.equal(stored.contactName, "Ana Example");
  assert.equal(stored.status, "pending_confirmation");
  assert.match(second.text, /Impostor Ltd/, "the new link says what it would confirm");
  assert.notEqual(second.linkById("confirm-link"), first.linkById("confirm-link"));

  // The owner confirms with the first link: the first answers count, the second link is spent.
  assert.equal((await confirmSignature(tokenOf(first.linkById("confirm-link")))).ok, true);
  const after = await db.signature.findUniqueOrThrow({ where: { id: stored.id } });
  assert.equal(after.status, "confirmed");
  assert.equal(after.orgName, "ARTICLE 19");
  assert.equal(after.contactName, "Ana Example");
  assert.equal(after.role, null);
  assert.deepEqual(await confirmSignature(tokenOf(second.linkById("confirm-link"))), { ok: false, code: "TOKEN_USED" });
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: stored.id } })).orgName, "ARTICLE 19");
});

test("the answers of a re-submission apply only through the link sent with them", async () => {
  const { db, confirmSignature, lookUpToken } = await lib();
  const { first, second, stored } = await resubmitted("ARTICLE 19 (fixed typo)");
  const looked = await lookUpToken(tokenOf(second.linkById("confirm-link")), "confirm");
  assert.equal(looked.ok && looked.signature.orgName, "ARTICLE 19 (fixed typo)", "the link's page shows what it confirms");
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: stored.id } })).orgName, "ARTICLE 19");

  assert.equal((await confirmSignature(tokenOf(second.linkById("confirm-link")))).ok, true);
  const after = await db.signature.findUniqueOrThrow({ where: { id: stored.id } });
  assert.equal(after.status, "confirmed");
  assert.equal(after.orgName, "ARTICLE 19 (fixed typo)");
  assert.equal(after.contactName, "Someone Else");
  assert.equal(after.role, "Other role");
  assert.deepEqual(await confirmSignature(tokenOf(first.linkById("confirm-link"))), { ok: false, code: "TOKEN_USED" });
});

test("what a signer typed never reaches a Subject, and the body quotes it as entered", async () => {
  const { signLetter, confirmSignature, deliverDueMail } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const lure = "Your account is locked, call +1 555 0100";
  assert.deepEqual(await signLetter(letter.slug, { ...answers(email, lure), contactName: "Support Desk" }), { ok: true });
  await deliverDueMail();
  const confirm = await smtp.waitForMail({ to: email, subject: /confirm/i });
  await confirmSignature(tokenOf(confirm.linkById("confirm-link")));
  await signLetter(letter.slug, answers(email, "Another name"));
  await deliverDueMail();
  const already = await smtp.waitForMail({ to: email, subject: /already signed/i });

  for (const mail of [confirm, already]) {
    assert.ok(!mail.subject.includes("locked") && !mail.subject.includes("Another"), `Subject: ${mail.subject}`);
    assert.ok(mail.text.includes(`Organisation, as entered: «${lure}»`), mail.text);
    assert.ok(mail.html.includes(`«${lure}»`));
  }
  assert.ok(!confirm.subject.includes("Support Desk"));
  assert.ok(confirm.text.includes("Contact name, as entered: «Support Desk»"));
  assert.ok(!already.text.includes("Another name"), "a second submission's text is not mailed to a signed address");
});

test("invalid answers, drafts and closed letters store nothing and queue no mail", async () => {
  const { db, signLetter } = await lib();
  const letter = await openLetter();
  const before = { signatures: await db.signature.count(), mail: await db.outboxMessage.count() };

  // Invalid answers never reach signLetter: the sign action's wrapper parses them with this schema.
  const invalid = signatureSchema.safeParse({ ...answers(uniqueEmail()), email: "nope", consent: false });
  assert.equal(invalid.success, false);
  assert.deepEqual(!invalid.success && fieldErrorsFrom(invalid.error), {
    email: "INVALID_EMAIL",
    consent: "REQUIRED",
  });

  const draft = await openLetter({ status: "draft" });
  assert.deepEqual(await signLetter(draft.slug, answers(uniqueEmail())), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await signLetter("no-such-letter", answers(uniqueEmail())), { ok: false, code: "NOT_FOUND" });
  const pastDeadline = await openLetter({ deadline: new Date(Date.now() - 60_000) });
  assert.deepEqual(await signLetter(pastDeadline.slug, answers(uniqueEmail())), { ok: false, code: "LETTER_CLOSED" });

  assert.equal(await db.signature.count(), before.signatures);
  assert.equal(await db.outboxMessage.count(), before.mail);
});

test("withdrawing an approved signature takes it off the public list and count at once", async () => {
  const { db, confirmSignature, withdrawSignature, listApprovedSignatories } = await lib();
  const letter = await openLetter();
  const mail = await signAndReadMail(letter.slug, uniqueEmail());
  await confirmSignature(tokenOf(mail.linkById("confirm-link")));
  // Approve the way moderation does: status and kept counter together.
  const signature = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  await db.$transaction([
    db.signature.update({ where: { id: signature.id }, data: { status: "approved" } }),
    db.letter.update({ where: { id: letter.id }, data: { approvedCount: { increment: 1 } } }),
  ]);
  const listed = await listApprovedSignatories(letter.id, 1);
  assert.equal(listed.length, 1);
  assert.deepEqual(Object.keys(listed[0]).sort(), ["affiliation", "country", "id", "kind", "name", "orgType"], "organisation and country only");
  assert.ok(!JSON.stringify(listed).includes("@") && !JSON.stringify(listed).includes("Ana Example"));

  const withdrawn = await withdrawSignature(tokenOf(mail.linkById("withdraw-link")));
  assert.equal(withdrawn.ok, true);
  assert.deepEqual(await listApprovedSignatories(letter.id, 1), []);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).approvedCount, 0);
  assert.deepEqual(await withdrawSignature(tokenOf(mail.linkById("withdraw-link"))), { ok: false, code: "TOKEN_USED" });
});
