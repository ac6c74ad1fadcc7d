// Translations on the test database: saved from the authoritative text as it is, out of date when
// that text changes, re-approved, only by the letter's coordinators, and what the public page reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { authorizeLetter } from "@/lib/auth/access";
import { updateLetter } from "@/lib/letters/mutations";
import { getLetterTranslations, getPublicLetter, listPublicLetters } from "@/lib/letters/queries";
import { letterFormSchema, translationFormSchema } from "@/lib/letters/schema";
import { readingText, textDigest } from "@/lib/letters/translation-status";
import { approveTranslation, deleteTranslation, saveTranslation } from "@/lib/letters/translations";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser } from "@/lib/testing/seed";

const french = translationFormSchema.parse({ locale: "fr", title: "Ouvrez le forum", addressee: "Secrétaire général de l'UIT", body: "Nous demandons…" });

/** The letter form's input for `letter` with some fields changed. */
const edit = (letter: { slug: string; title: string; addressee: string; body: string; language: string }, over: Record<string, string> = {}) =>
  letterFormSchema.parse({ language: letter.language, title: letter.title, slug: letter.slug, addressee: letter.addressee, body: letter.body, deadline: "", coordinators: "", ...over });

const stateOf = async (letterId: string, locale: string) =>
  (await getLetterTranslations(letterId))!.translations.find((t) => t.locale === locale)!.state;

test("saving a translation records the text it translates, and saving again replaces it; both audited", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  assert.deepEqual(await saveTranslation(access, french), { ok: true, created: true });
  let row = await db.letterTranslation.findUniqueOrThrow({ where: { letterId_locale: { letterId: letter.id, locale: "fr" } } });
  assert.equal(row.title, french.title);
  assert.equal(row.sourceVersion, letter.version);
  assert.equal(row.sourceDigest, textDigest(letter));
  assert.equal(await stateOf(letter.id, "fr"), "current");
  assert.equal(await stateOf(letter.id, "es"), "missing");

  assert.deepEqual(await saveTranslation(access, { ...french, body: "Nous demandons encore…" }), { ok: true, created: false });
  row = await db.letterTranslation.findUniqueOrThrow({ where: { id: row.id } });
  assert.equal(row.body, "Nous demandons encore…");
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "translation.save" } }), 2);

  // The authoritative language has the letter itself.
  assert.deepEqual(await saveTranslation(access, { ...french, locale: "en" }), { ok: false, code: "INVALID_VALUE", fieldErrors: { locale: "INVALID_VALUE" } });
});

for (const field of ["title", "addressee", "body"] as const) {
  test(`a translation goes out of date when the authoritative ${field} changes, and re-approval makes it current`, async () => {
    const me = await seedUser(db, "admin");
    const letter = await seedLetter(db);
    const access = await authorized(letter.id, me);
    assert.ok((await saveTranslation(access, french)).ok);
    assert.deepEqual(await updateLetter(access, edit(letter, { [field]: `${letter[field]} (changed)` })), { ok: true, newVersion: null });
    assert.equal(await stateOf(letter.id, "fr"), "outdated");

    assert.deepEqual(await approveTranslation(access, "fr"), { ok: true });
    assert.equal(await stateOf(letter.id, "fr"), "current");
    const row = await db.letterTranslation.findUniqueOrThrow({ where: { letterId_locale: { letterId: letter.id, locale: "fr" } } });
    assert.equal(row.body, french.body, "re-approval leaves the translation's text alone");
    assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "translation.approve" } }), 1);
  });
}

test("a text change that makes a new version outdates the translation too; changing only the deadline does not", async () => {
  // Trimmed, as the letter form stores it: otherwise the first edit would change the text.
  const letter = await seedLetter(db, { body: "Dear Minister, keep it open." });
  const access = await authorized(letter.id);
  assert.ok((await saveTranslation(access, french)).ok);
  assert.deepEqual(await updateLetter(access, edit(letter, { deadline: "2099-01-01T12:00" })), { ok: true, newVersion: null });
  assert.equal(await stateOf(letter.id, "fr"), "current");

  await seedSignature(db, letter.id, { letterVersion: 1 });
  assert.deepEqual(await updateLetter(access, edit(letter, { body: "A new text." })), { ok: true, newVersion: 2 });
  assert.equal(await stateOf(letter.id, "fr"), "outdated");
  assert.ok((await saveTranslation(access, { ...french, body: "Un nouveau texte." })).ok);
  assert.equal((await db.letterTranslation.findFirstOrThrow({ where: { letterId: letter.id } })).sourceVersion, 2);
  assert.equal(await stateOf(letter.id, "fr"), "current");
});

test("changing the authoritative language is an audited edit", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  assert.ok((await updateLetter(access, edit(letter, { language: "fr" }))).ok);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).language, "fr");
  const audit = await db.auditEvent.findFirstOrThrow({ where: { letterId: letter.id, action: "letter.edit" } });
  assert.deepEqual(JSON.parse(audit.details).changed.language, { before: "en", after: "fr" });
});

test("only the letter's coordinators may translate it", async () => {
  const mine = await seedUser(db);
  const other = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: mine.id });
  await seedLetter(db, { coordinatorId: other.id });
  // The one way to a mutation is an AuthorizedLetter, which the access rule refuses another letter's coordinator.
  assert.equal(await authorizeLetter(other, letter.id), null);
  assert.ok((await saveTranslation(await authorized(letter.id, mine), french)).ok);
  assert.equal(await db.letterTranslation.count({ where: { letterId: letter.id, updatedById: other.id } }), 0);
});

test("re-approving or deleting a translation that does not exist answers NOT_FOUND; deleting one is audited", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  assert.deepEqual(await approveTranslation(access, "es"), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await deleteTranslation(access, "es"), { ok: false, code: "NOT_FOUND" });
  assert.ok((await saveTranslation(access, french)).ok);
  assert.deepEqual(await deleteTranslation(access, "fr"), { ok: true });
  assert.equal(await db.letterTranslation.count({ where: { letterId: letter.id } }), 0);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "translation.delete" } }), 1);
});

test("the public query gives readingText the language and translations, and never a draft", async () => {
  const letter = await seedLetter(db);
  assert.ok((await saveTranslation(await authorized(letter.id), french)).ok);
  const published = await getPublicLetter(letter.slug);
  assert.ok(published);
  assert.equal(published.language, "en");
  assert.deepEqual(readingText(published, published.translations, "fr"), {
    title: french.title, addressee: french.addressee, body: french.body, locale: "fr", kind: "translation", note: null,
  });
  assert.equal(readingText(published, published.translations, "es").note, "missing");
  const listed = (await listPublicLetters("fr")).find((l) => l.id === letter.id);
  assert.equal(listed && readingText(listed, listed.translations, "fr").title, french.title);

  const draft = await seedLetter(db, { status: "draft" });
  assert.ok((await saveTranslation(await authorized(draft.id), french)).ok);
  assert.equal(await getPublicLetter(draft.slug), null);
  assert.equal((await listPublicLetters("fr")).some((l) => l.id === draft.id), false);
});
