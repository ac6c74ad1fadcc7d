import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { db } from "@/lib/db";
import { exportTranslator, type ExportTranslator } from "@/lib/export/labels";
import { pdfEdition, renderLetterPdf } from "@/lib/export/pdf";
import { findLetterForExport, pdfLanguageChoices, type ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { textDigest } from "@/lib/letters/translation-status";
import { authorized } from "@/lib/testing/access";
import { MIXED_SCRIPT_SIGNATORIES, seedLetter } from "@/lib/testing/seed";

// The PDF in the language a coordinator chooses, read back with poppler's pdftotext as a reader's
// software would (Debian: apt-get install poppler-utils).
const ENGLISH = { title: "Keep the Internet open", addressee: "Secretary-General, ITU", body: "We, the undersigned organisations, ask you to keep the Internet open.\n\n- Publish the working documents" };
const FRENCH = { title: "Pour un Internet ouvert", addressee: "Secrétaire général de l'UIT", body: "Nous, organisations signataires, vous demandons de garder l'Internet ouvert.\n\n- Publier les documents de travail" };
const ARABIC = { title: "من أجل إنترنت مفتوح", addressee: "الأمين العام للاتحاد الدولي للاتصالات", body: "نحن المنظمات الموقعة أدناه نطلب منكم الحفاظ على إنترنت مفتوح.\n\n- نشر وثائق العمل" };
const SPANISH_OUTDATED = { title: "Por una Internet abierta", addressee: "Secretario General de la UIT", body: "Pedimos una Internet abierta." };
const DATE = new Date("2026-03-14T12:00:00Z");

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-pdf-language-"));
after(() => process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true }));

let letter: ExportLetter;
before(async () => {
  const seeded = await seedLetter(db, { ...ENGLISH, signatures: MIXED_SCRIPT_SIGNATORIES });
  const translation = (locale: string, text: typeof FRENCH, sourceDigest: string) =>
    db.letterTranslation.create({ data: { letterId: seeded.id, locale, ...text, sourceVersion: seeded.version, sourceDigest } });
  await translation("fr", FRENCH, textDigest(seeded));
  await translation("ar", ARABIC, textDigest(seeded));
  // Made from an earlier text of the letter: out of date.
  await translation("es", SPANISH_OUTDATED, textDigest({ ...seeded, body: "An earlier text." }));
  letter = (await findLetterForExport(await authorized(seeded.id)))!;
});

/**
 * The PDF's text, with bidi control marks removed (they are invisible) and in canonical order
 * (stacked Arabic marks, shadda and kasra, come back in either order).
 */
async function render(language: PdfOptions["language"], name: string, args: string[] = []): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(letter, { order: "alphabetical", includeType: true, language }, DATE));
  return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").normalize("NFC");
}

const flat = (text: string) => text.replace(/\s+/g, " ");
/** `words` with any spacing: pdftotext moves the spaces around numbers embedded in Arabic. */
const loosely = (words: string) => new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "").split("").join("\\s*"));
const pageCount = (text: string) => text.split("\f").filter((page) => page.trim()).length;

test("a French PDF: the French text, and headings, date, page numbers, countries and types in French", async () => {
  const fr: ExportTranslator = await exportTranslator("fr");
  const types = await translatorFor("orgTypes", "fr");
  const text = await render("fr", "fr");
  const pages = pageCount(text);
  for (const words of [FRENCH.title, fr("pdf.to", { addressee: FRENCH.addressee }), "garder l'Internet ouvert", "Publier les documents de travail"]) {
    assert.ok(flat(text).includes(words), `French text: ${words}`);
  }
  assert.ok(!text.includes(ENGLISH.title) && !text.includes("keep the Internet open"), "no English text");
  assert.ok(text.includes("14 mars 2026"), "the date as the French write it");
  for (const heading of [fr("pdf.signatories", { count: 6 }), fr("pdf.columns.name"), fr("pdf.columns.country"), fr("pdf.columns.type")]) {
    assert.ok(text.includes(heading), `French heading: ${heading}`);
  }
  assert.ok(text.includes(fr("pdf.page", { page: 1, total: pages })), `page 1 of ${pages} in French: ${fr("pdf.page", { page: 1, total: pages })}`);
  assert.ok(text.includes(fr("pdf.page", { page: pages, total: pages })), "the last page number in French");
  for (const country of ["Brésil", "Égypte", "Grèce"]) assert.ok(text.includes(country), `country in French: ${country}`);
  assert.ok(text.includes(types("trade_union")), "organisation types in French");
  // The catalogue is French, not the English one under another name, and has every string.
  const en = await exportTranslator("en");
  assert.ok(!text.includes(en("pdf.signatories", { count: 6 })));
  assert.ok(!text.includes("export.pdf."), "no key name printed for want of a French string (messages/fr/export.json)");
});

test("an Arabic PDF: its text comes back in logical order, under Arabic headings, right-aligned with mirrored columns", async () => {
  const ar = await exportTranslator("ar");
  for (const args of [[], ["-layout"]]) {
    const text = await render("ar", `ar${args.join("")}`, args);
    const pages = pageCount(text);
    // Words that extract faithfully: pdftotext swaps the letters of a lam-alef ligature, and a letter
    // that shares its shape with a dotted one (ط, ظ) may come back as the other or not at all, while
    // the page shows them right (see docs/EXPORTS.md, "Arabic").
    for (const words of [ARABIC.title, "منكم الحفاظ على إنترنت مفتوح", "نشر وثائق العمل", "العام", "الدولي"]) {
      assert.ok(flat(text).includes(words), `Arabic text in logical order (${args.join(" ") || "raw"}): ${words}`);
    }
    assert.ok(!text.includes("مفتوح إنترنت"), "Arabic words are not reversed");
    // The count's brackets are drawn mirrored, as right-to-left text wants, and extracted as drawn.
    // Stacked marks (shadda, kasra) are drawn above the line, and pdftotext reads them as a line of
    // their own, which also splits the heading's words: each word is checked without its marks.
    const unmarked = (words: string) => words.replace(/[\u064b-\u065f\u0670]/g, "");
    for (const word of unmarked(ar("pdf.signatories", { count: 6 }).split(" (")[0]).split(" ")) assert.ok(unmarked(text).includes(word), `Arabic heading: ${word}`);
    assert.match(text, loosely(ar("pdf.page", { page: 1, total: pages })), `page 1 of ${pages} in Arabic`);
    assert.match(text, loosely(ar("pdf.page", { page: pages, total: pages })), "the last page number in Arabic");
    assert.ok(text.includes("مصر") && text.includes("روسيا"), "countries named in Arabic");
    assert.ok(text.includes("نقابة عمالية"), "organisation types in Arabic");
    assert.ok(!text.includes(ENGLISH.title) && !text.includes("Signatories") && !text.includes("Egypt"), "no English");
    assert.ok(!text.includes("export.pdf."), "no key name printed for want of an Arabic string (messages/ar/export.json)");
  }
  // Positions as a reader sees them: the heading ends at the right margin (595 − 60 pt), and in a
  // row the organisation's name stands to the right of its country.
  const words = bboxWords(path.join(dir, "ar.pdf"));
  const heading = words.find((w) => w.text === visual(ar("pdf.signatories", { count: 6 }).split(" ")[0]))!;
  assert.ok(heading, "the heading's first word");
  assert.ok(heading.xMax > 525, `heading right-aligned (ends at ${heading.xMax})`);
  const name = words.find((w) => w.text === "Роскомсвобода")!;
  const russia = words.find((w) => w.text === visual("روسيا"))!;
  // Naskh's letters stand taller than Cyrillic ones, so the boxes overlap rather than share a top.
  assert.ok(name.yMin < russia.yMax && russia.yMin < name.yMax, "on one row");
  assert.ok(name.xMin > russia.xMax, "the name column is on the right, the country to its left");
});

type Word = { text: string; xMin: number; xMax: number; yMin: number; yMax: number };

/** pdftotext -bbox gives each word's letters in the order they are drawn: right to left for Arabic. */
const visual = (word: string) => [...word].reverse().join("");

function bboxWords(file: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5].replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ""),
  }));
}

test("the form offers the authoritative language and each language with a current translation, not the out-of-date one", async () => {
  assert.deepEqual(await pdfLanguageChoices(await authorized(letter.id)), { authoritative: "en", translations: ["ar", "fr"] });
  // The text changes: every translation is out of date until it is brought up to date.
  const changed = await seedLetter(db, { ...ENGLISH });
  await db.letterTranslation.create({ data: { letterId: changed.id, locale: "fr", ...FRENCH, sourceVersion: 1, sourceDigest: textDigest(changed) } });
  await db.letter.update({ where: { id: changed.id }, data: { body: `${ENGLISH.body}\n\nA new paragraph.` } });
  assert.deepEqual(await pdfLanguageChoices(await authorized(changed.id)), { authoritative: "en", translations: [] });
});

test("a language whose translation is out of date, or that has none, is refused with its code", async () => {
  assert.deepEqual(await pdfEdition(letter, "es"), { ok: false, code: "NO_CURRENT_TRANSLATION" });
  assert.deepEqual(await pdfEdition(letter, "ru"), { ok: false, code: "NO_CURRENT_TRANSLATION" });
  await assert.rejects(renderLetterPdf(letter, { order: "alphabetical", includeType: false, language: "es" }), /NO_CURRENT_TRANSLATION/);
});

test("language=all: the authoritative text first, then each current translation under its language's heading", async () => {
  const [en, ar, fr] = await Promise.all([exportTranslator("en"), exportTranslator("ar"), exportTranslator("fr")]);
  // Brackets left out: in right-to-left text they are drawn mirrored, and extracted as drawn.
  const unbracketed = (words: string) => flat(words).replace(/ ?[()] ?/g, " ");
  const text = unbracketed(await render("all", "all"));
  const english = text.indexOf(ENGLISH.title);
  const arabic = text.indexOf(unbracketed(ar("pdf.translationHeading", { language: "العربية" })));
  const french = text.indexOf(unbracketed(fr("pdf.translationHeading", { language: "français" })));
  assert.ok(english >= 0 && arabic >= 0 && french >= 0, "the three texts, each translation under its heading");
  assert.ok(english < arabic && arabic < french, "authoritative first, then the translations in the order of the languages");
  assert.ok(text.indexOf(ARABIC.title) > arabic && text.indexOf(FRENCH.title) > french, "each translation under its own heading");
  assert.ok(text.includes(unbracketed(fr("pdf.prevails", { language: "anglais" }))), "the French section says the English text prevails");
  // Word by word, without punctuation (pdftotext moves it around the words of right-to-left text)
  // and leaving out words with a lam-alef ligature, whose two letters it gives back swapped.
  const bare = (words: string) => words.replace(/[.,،:؛]/g, "");
  const arabicPrevails = bare(unbracketed(ar("pdf.prevails", { language: "الإنجليزية" }))).split(" ").filter((w) => w && !/ل[اأإآ]/.test(w));
  for (const word of arabicPrevails) assert.ok(bare(text.slice(arabic)).includes(word), `so does the Arabic one: ${word}`);
  assert.ok(!text.includes(SPANISH_OUTDATED.title), "an out-of-date translation is left out");
  assert.ok(text.includes(unbracketed(en("pdf.signatories", { count: 6 }))) && text.includes("14 March 2026"), "the rest in the authoritative language");
});
