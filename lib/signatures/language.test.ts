// A signature remembers the language of the page it was made on and of the text the signer read,
// and the signer's mails come in that language (over a real SMTP exchange on loopback), on the
// test database (SQLite, or PostgreSQL with TEST_DB=postgresql).
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, uniqueEmail } from "@/lib/testing/seed";
import { signatureSchema } from "@/lib/signatures/schema";
import { textDigest } from "@/lib/letters/translation-status";
import type { Locale } from "@/lib/i18n/locales";

const smtp = await catchMailForThisFile();

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/mail/worker")),
  ...(await import("@/lib/i18n/translator")),
});

const answers = (email: string, orgName = "Access Now") => signatureSchema.parse({
  orgName, country: "FR", orgType: "civil_society", contactName: "Camille Exemple", email, consent: true,
});

async function openLetter() {
  const { db } = await lib();
  return seedLetter(db, { version: 2, title: `Keep the internet open ${Math.random().toString(36).slice(2, 8)}` });
}

/** A current translation: it translates the authoritative text as it is now. */
async function translate(letter: Awaited<ReturnType<typeof openLetter>>, locale: Locale, title: string) {
  const { db } = await lib();
  await db.letterTranslation.create({
    data: { letterId: letter.id, locale, title, addressee: "Au ministre", body: "Monsieur le Ministre,", sourceVersion: letter.version, sourceDigest: textDigest(letter) },
  });
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Signs on a page in `locale` and reads the confirm mail, whose subject names `title`, the title read there. */
async function signOn(locale: Locale, letter: { slug: string; title: string }, email: string, opts: { orgName?: string; title?: string } = {}) {
  const { signLetter, deliverDueMail } = await lib();
  assert.deepEqual(await signLetter(letter.slug, answers(email, opts.orgName), undefined, locale), { ok: true });
  await deliverDueMail();
  const { subject } = await confirmMailWords(locale, opts.title ?? letter.title);
  return smtp.waitForMail({ to: email, subject: exactly(subject) });
}

async function confirmMailWords(locale: Locale, title: string) {
  const { translatorFor } = await lib();
  const t = await translatorFor("mail.confirmSignature", locale);
  return { subject: t("subject", { title }), button: t("confirm") };
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

test("signed on a French page without a French translation: locale fr, text read en, the mail in French", async () => {
  const { db } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const mail = await signOn("fr", letter, email);

  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(stored.locale, "fr");
  assert.equal(stored.textLocale, "en", "they read the authoritative English text");

  const french = await confirmMailWords("fr", letter.title);
  const english = await confirmMailWords("en", letter.title);
  assert.equal(mail.subject, french.subject);
  assert.notEqual(mail.subject, english.subject);
  assert.ok(mail.html.includes(french.button) && mail.text.includes(french.button));
  assert.match(mail.html, /<html lang="fr" dir="ltr">/);
  assert.match(mail.linkById("confirm-link"), /^http:\/\/localhost:3999\/fr\/confirm\/[A-Za-z0-9_-]{43}$/);
  assert.match(mail.linkById("withdraw-link"), /^http:\/\/localhost:3999\/fr\/withdraw\//);
});

test("signed on a French page with a current French translation: text read fr, its title in the mail", async () => {
  const { db, confirmSignature } = await lib();
  const letter = await openLetter();
  await translate(letter, "fr", "Gardons l'internet ouvert");
  const email = uniqueEmail();
  const mail = await signOn("fr", letter, email, { title: "Gardons l'internet ouvert" });

  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(stored.locale, "fr");
  assert.equal(stored.textLocale, "fr");
  assert.equal(mail.subject, (await confirmMailWords("fr", "Gardons l'internet ouvert")).subject);

  assert.equal((await confirmSignature(tokenOf(mail.linkById("confirm-link")))).ok, true);
  const confirmed = await db.signature.findUniqueOrThrow({ where: { id: stored.id } });
  assert.equal(confirmed.letterVersion, 2, "the version confirmed is recorded as before");
  assert.equal(confirmed.textLocale, "fr");
});

test("an Arabic signer gets a right-to-left mail in Arabic, with Arabic links and dates", async () => {
  const { db } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const mail = await signOn("ar", letter, email);

  assert.equal(mail.subject, (await confirmMailWords("ar", letter.title)).subject);
  assert.match(mail.html, /<html lang="ar" dir="rtl">/);
  assert.match(mail.html, /<div dir="rtl"/);
  assert.match(mail.linkById("confirm-link"), /^http:\/\/localhost:3999\/ar\/confirm\//);
  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id }, include: { tokens: true } });
  assert.equal(stored.locale, "ar");
  const expires = stored.tokens.find((t) => t.purpose === "confirm")!.expiresAt;
  const arabicDate = new Intl.DateTimeFormat("ar", { day: "numeric", month: "long", year: "numeric" }).format(expires);
  assert.ok(mail.text.includes(arabicDate), `the expiry date reads ${arabicDate}`);
});

test("signing again: a withdrawn signer's new language is recorded; a pending one's applies with the link that carries it", async () => {
  const { db, confirmSignature, withdrawSignature } = await lib();
  const letter = await openLetter();
  await translate(letter, "es", "Mantengamos internet abierta");

  // Pending, then again from a Spanish page: nothing changes until the new link is used.
  const email = uniqueEmail();
  await signOn("ru", letter, email);
  const spanish = await signOn("es", letter, email, { orgName: "Access Now España", title: "Mantengamos internet abierta" });
  assert.match(spanish.linkById("confirm-link"), /\/es\/confirm\//);
  const pending = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(pending.locale, "ru");
  const { lookUpToken } = await import("@/lib/signatures/queries");
  const looked = await lookUpToken(tokenOf(spanish.linkById("confirm-link")), "confirm");
  assert.equal(looked.ok && looked.signature.letter.title, "Mantengamos internet abierta", "the link's page names the letter as they read it");
  assert.equal((await confirmSignature(tokenOf(spanish.linkById("confirm-link")))).ok, true);
  const confirmed = await db.signature.findUniqueOrThrow({ where: { id: pending.id } });
  assert.deepEqual([confirmed.orgName, confirmed.locale, confirmed.textLocale], ["Access Now España", "es", "es"]);

  // Withdrawn, then signed anew from an Arabic page: the new signature is in Arabic, text in English.
  assert.equal((await withdrawSignature(tokenOf(spanish.linkById("withdraw-link")))).ok, true);
  await signOn("ar", letter, email);
  const anew = await db.signature.findUniqueOrThrow({ where: { id: pending.id } });
  assert.deepEqual([anew.status, anew.locale, anew.textLocale], ["pending_confirmation", "ar", "en"]);
});

test("someone who already signed is told so in the language of the page they used, linking to it", async () => {
  const { db, confirmSignature, signLetter, deliverDueMail, translatorFor } = await lib();
  const letter = await openLetter();
  const email = uniqueEmail();
  const first = await signOn("en", letter, email);
  assert.equal((await confirmSignature(tokenOf(first.linkById("confirm-link")))).ok, true);

  assert.deepEqual(await signLetter(letter.slug, answers(email), undefined, "es"), { ok: true });
  await deliverDueMail();
  const t = await translatorFor("mail.alreadySigned", "es");
  const mail = await smtp.waitForMail({ to: email, subject: exactly(t("subject", { title: letter.title })) });
  assert.equal(mail.linkById("letter-link"), `http://localhost:3999/es/letters/${letter.slug}`);
  assert.match(mail.linkById("withdraw-link"), /\/es\/withdraw\//);
  const stored = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.equal(stored.locale, "en", "the language on record stays the one they confirmed in");
});
