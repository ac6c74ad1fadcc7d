// Updates to signatories on the test database (SQLite, or PostgreSQL with TEST_DB=postgresql), with
// mail delivered over a real SMTP exchange: who gets an update, once, in which language, with the
// unsubscribe headers; the link that stops them; the pace the outbox sends them at.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, seedSignature, uniqueEmail } from "@/lib/testing/seed";

const RATE = 120;
const smtp = await catchMailForThisFile({ UPDATE_MAILS_PER_MINUTE: String(RATE) });

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/updates/mutations")),
  ...(await import("@/lib/updates/queries")),
  ...(await import("@/lib/updates/schema")),
  ...(await import("@/lib/updates/unsubscribe")),
  ...(await import("@/lib/mail/worker")),
  ...(await import("@/lib/testing/access")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/signatures/schema")),
});

/** A signature with its contact's choice and language, as signing and moderation leave it. */
async function signatory(letterId: string, status: string, wantsUpdates: boolean, locale = "en") {
  const { db } = await lib();
  const email = uniqueEmail(`${status}-${wantsUpdates ? "wants" : "not"}-${locale}`);
  const row = await seedSignature(db, letterId, { status, email });
  await db.signature.update({ where: { id: row.id }, data: { wantsUpdates, locale } });
  return { id: row.id, email };
}

/** Everything queued is due now, as if the time the outbox spaced it to had come; then sent. */
async function deliverAll() {
  const { db, deliverDueMail } = await lib();
  await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { nextAttemptAt: new Date(0) } });
  return deliverDueMail();
}

async function writeUpdate(letterId: string, fields: Record<string, string>) {
  const { saveUpdate, sendUpdate, authorized, updateFormSchema } = await lib();
  const access = await authorized(letterId);
  const saved = await saveUpdate(access, updateFormSchema.parse(fields));
  assert.ok(saved.ok);
  return { access, updateId: saved.updateId, send: () => sendUpdate(access, saved.updateId) };
}

test("an update reaches exactly the opted-in contacts of approved signatures, once each, in their language, with the unsubscribe headers", async () => {
  const { db } = await lib();
  const letter = await seedLetter(db, { title: "Keep the forum open" });
  const french = await signatory(letter.id, "approved", true, "fr");
  const english = await signatory(letter.id, "approved", true, "en");
  const spanish = await signatory(letter.id, "approved", true, "es");
  const notAsked = await signatory(letter.id, "approved", false);
  const unreviewed = await signatory(letter.id, "confirmed", true);
  const withdrawn = await signatory(letter.id, "withdrawn", true);
  const erased = await signatory(letter.id, "approved", true);
  await db.signature.update({ where: { id: erased.id }, data: { erasedAt: new Date() } });

  const update = await writeUpdate(letter.id, {
    subject: "Delivered to the Secretary-General",
    body: "We handed the letter over **today**.",
    subject_fr: "Remise au Secrétaire général",
    body_fr: "Nous avons remis la lettre **aujourd’hui**.",
  });
  assert.deepEqual(await update.send(), { ok: true, recipients: 3 });
  assert.deepEqual(await update.send(), { ok: false, code: "NOT_FOUND" }, "a sent update cannot be sent again");
  const row = await db.letterUpdate.findUniqueOrThrow({ where: { id: update.updateId } });
  assert.equal(row.status, "sent");
  assert.equal(row.recipientCount, 3);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "update.send" } }), 1);

  // Sending also kicks this process's worker, which may take some of them: count what arrived.
  await deliverAll();
  const fr = await smtp.waitForMail({ to: french.email });
  await smtp.waitForMail({ to: english.email });
  await smtp.waitForMail({ to: spanish.email });
  assert.equal(await deliverAll(), 0, "nothing is left to send");
  const got = smtp.messages.filter((m) => m.subject.includes("Keep the forum open") || m.subject.includes("Remise"));
  const recipients = got.flatMap((m) => m.to).sort();
  assert.deepEqual(recipients, [english.email, french.email, spanish.email].sort(), "each opted-in contact once, nobody else");
  for (const nobody of [notAsked, unreviewed, withdrawn, erased]) assert.ok(!recipients.includes(nobody.email));

  assert.match(fr.subject, /^Remise au Secrétaire général/);
  assert.match(fr.html, /<strong>aujourd’hui<\/strong>/);
  assert.match(fr.text, /Ne plus recevoir ces nouvelles/);
  const es = await smtp.waitForMail({ to: spanish.email });
  assert.match(es.subject, /^Delivered to the Secretary-General/, "not translated into Spanish: the letter's language");
  assert.match(es.text, /Dejar de recibir estas novedades/, "the mail's own words are in the contact's language");

  for (const [mail, who] of [[fr, french], [es, spanish]] as const) {
    assert.match(mail.headers["list-unsubscribe"], new RegExp(`^<http://[^>]+/api/unsubscribe/${who.id}/[0-9a-f]{32}>$`));
    assert.equal(mail.headers["list-unsubscribe-post"], "List-Unsubscribe=One-Click");
    assert.match(mail.linkById("unsubscribe-link"), new RegExp(`/${mail === fr ? "fr" : "es"}/unsubscribe/${who.id}/[0-9a-f]{32}$`));
    assert.match(mail.linkById("letter-link"), new RegExp(`/letters/${letter.slug}$`));
  }
});

test("the one-click unsubscribe stops later updates; a forged link changes nothing", async () => {
  const { db, unsubscribe } = await lib();
  const letter = await seedLetter(db);
  const leaving = await signatory(letter.id, "approved", true);
  const staying = await signatory(letter.id, "approved", true);

  const first = await writeUpdate(letter.id, { subject: "First news", body: "One." });
  assert.deepEqual(await first.send(), { ok: true, recipients: 2 });
  await deliverAll();
  const mail = await smtp.waitForMail({ to: leaving.email, subject: /First news/ });
  const [, signatureId, key] = /\/api\/unsubscribe\/([^/]+)\/([^/>]+)>/.exec(mail.headers["list-unsubscribe"])!;

  const forged = key.replace(/^./, (c) => (c === "0" ? "1" : "0"));
  assert.deepEqual(await unsubscribe(signatureId, forged, "one-click"), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await unsubscribe(staying.id, key, "one-click"), { ok: false, code: "NOT_FOUND" }, "one signature's key does not fit another");
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: leaving.id } })).wantsUpdates, true);

  assert.deepEqual(await unsubscribe(signatureId, key, "one-click"), { ok: true });
  assert.deepEqual(await unsubscribe(signatureId, key, "one-click"), { ok: true }, "a second click is fine");
  assert.equal((await db.signature.findUniqueOrThrow({ where: { id: leaving.id } })).wantsUpdates, false);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "update.unsubscribe", targetId: leaving.id } }), 1);

  const second = await writeUpdate(letter.id, { subject: "Second news", body: "Two." });
  assert.deepEqual(await second.send(), { ok: true, recipients: 1 });
  await deliverAll();
  await smtp.waitForMail({ to: staying.email, subject: /Second news/ });
  assert.equal(smtp.messages.filter((m) => m.to.includes(leaving.email) && /Second news/.test(m.subject)).length, 0);
});

test("an update's mails are spaced at UPDATE_MAILS_PER_MINUTE", async () => {
  const { db } = await lib();
  const letter = await seedLetter(db);
  for (let i = 0; i < 5; i++) await signatory(letter.id, "approved", true);
  const update = await writeUpdate(letter.id, { subject: "Paced", body: "Steady." });
  assert.deepEqual(await update.send(), { ok: true, recipients: 5 });
  const rows = await db.outboxMessage.findMany({ where: { updateId: update.updateId }, orderBy: { nextAttemptAt: "asc" } });
  const sentAt = (await db.letterUpdate.findUniqueOrThrow({ where: { id: update.updateId } })).sentAt!;
  assert.deepEqual(rows.map((r) => r.nextAttemptAt.getTime() - sentAt.getTime()), [0, 1, 2, 3, 4].map((i) => (i * 60_000) / RATE));
  await db.outboxMessage.deleteMany({ where: { updateId: update.updateId } });
});

test("a draft keeps its translations apart from the letter's language, can be edited until sent, and is shown once sent", async () => {
  const { db, listSentUpdates, listUpdatesForCoordinator, saveUpdate, updateFormSchema } = await lib();
  const letter = await seedLetter(db);
  const update = await writeUpdate(letter.id, { subject: "Draft", body: "Text.", subject_en: "Ignored", body_en: "Ignored.", subject_ru: "Черновик", body_ru: "Текст." });
  let [row] = await listUpdatesForCoordinator(letter.id);
  assert.deepEqual(row.translations, { ru: { subject: "Черновик", body: "Текст." } });
  assert.deepEqual(await listSentUpdates(letter.id, "en", "ru"), [], "a draft is not public");

  assert.ok((await saveUpdate(update.access, updateFormSchema.parse({ updateId: update.updateId, subject: "Draft 2", body: "Text 2." }))).ok);
  [row] = await listUpdatesForCoordinator(letter.id);
  assert.equal(row.subject, "Draft 2");
  assert.deepEqual(await update.send(), { ok: true, recipients: 0 });
  assert.deepEqual(await saveUpdate(update.access, updateFormSchema.parse({ updateId: update.updateId, subject: "Too late", body: "x" })), { ok: false, code: "NOT_FOUND" });
  const [shown] = await listSentUpdates(letter.id, "en", "fr");
  assert.equal(shown.subject, "Draft 2");
  assert.equal(shown.locale, "en");
});

test("half a translation is refused next to the missing field", async () => {
  const { updateFormSchema } = await lib();
  const parsed = updateFormSchema.safeParse({ subject: "S", body: "B", subject_fr: "Objet" });
  assert.ok(!parsed.success);
  assert.deepEqual(parsed.error.issues.map((i) => [i.path.join("."), i.message]), [["body_fr", "REQUIRED"]]);
});

test("the sign form's box for updates is stored with the signature; unticked is no", async () => {
  const { db, signLetter, signatureSchema } = await lib();
  const letter = await seedLetter(db);
  const base = { orgName: "Updates Org", country: "FR", orgType: "civil_society", contactName: "Ana", consent: true };
  const yes = uniqueEmail("yes");
  const no = uniqueEmail("no");
  assert.deepEqual(await signLetter(letter.slug, signatureSchema.parse({ ...base, email: yes, wantsUpdates: true })), { ok: true });
  assert.deepEqual(await signLetter(letter.slug, signatureSchema.parse({ ...base, orgName: "Other Org", email: no })), { ok: true });
  const wants = async (email: string) => (await db.signature.findFirstOrThrow({ where: { letterId: letter.id, email } })).wantsUpdates;
  assert.equal(await wants(yes), true);
  assert.equal(await wants(no), false);
});
