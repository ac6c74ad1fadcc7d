// The breadth summary on the PDF's first page (SQLite, or PostgreSQL with TEST_DB=postgresql), read
// back with poppler's pdftotext: the same numbers as the rows, in the PDF's language, Arabic included.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { db } from "@/lib/db";
import { renderLetterPdf } from "@/lib/export/pdf";
import { findLetterForExport } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { textDigest } from "@/lib/letters/translation-status";
import { authorized } from "@/lib/testing/access";
import { seedLetter, type SignatureSeed } from "@/lib/testing/seed";

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-pdf-summary-"));
after(() => process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true }));

// Five approved, from four countries: Europe 3 (DE, DE, FR), Africa 1 (KE), Americas 1 (BR);
// civil society 3, academic 1, private sector 1. The confirmed and rejected ones are not counted.
const SIGNATURES: SignatureSeed[] = [
  { status: "approved", country: "DE", orgType: "civil_society" },
  { status: "approved", country: "DE", orgType: "civil_society" },
  { status: "approved", country: "FR", orgType: "academic" },
  { status: "approved", country: "KE", orgType: "civil_society" },
  { status: "approved", country: "BR", orgType: "private_sector" },
  { status: "confirmed", country: "US", orgType: "technical" },
  { status: "rejected", country: "JP", orgType: "trade_union" },
];

/** The first page's text, laid out (a table's label and count on one line), bidi marks removed. */
async function firstPage(letterId: string, language: PdfOptions["language"], name: string): Promise<string> {
  const letter = (await findLetterForExport(await authorized(letterId)))!;
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(letter, { order: "alphabetical", includeType: false, language }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  return text.split("\f")[0];
}

/** Without Arabic vowel marks (pdftotext gives stacked marks back in either order). */
const unmarked = (text: string) => text.normalize("NFC").replace(/[\u064b-\u065f\u0670]/g, "");

const row = (label: string, count: number) => new RegExp(`${label.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\s+${count}(\\s|$)`);

test("the first page says how many organisations from how many countries, by ITU region and by stakeholder group", async () => {
  const letter = await seedLetter(db, { title: "Keep the Internet open", signatures: SIGNATURES });
  const page = await firstPage(letter.id, undefined, "en");
  assert.match(page, /5 organisations from 4 countries/);
  assert.match(page, /By ITU region/);
  assert.match(page, /By stakeholder group/);
  for (const [label, n] of [["Europe", 3], ["Africa", 1], ["Americas", 1], ["Civil society / NGO", 3], ["Academic", 1], ["Private sector", 1]] as const) {
    assert.match(page, row(label, n), `${label} ${n}`);
  }
  for (const absent of ["Asia-Pacific", "CIS", "Technical community", "Trade union"]) assert.ok(!page.includes(absent), `${absent} has no approved signatory`);
});

test("in Arabic, the summary is in Arabic words; a letter nobody has signed has none", async () => {
  const seeded = await seedLetter(db, { title: "Open", signatures: SIGNATURES });
  await db.letterTranslation.create({ data: {
    letterId: seeded.id, locale: "ar", title: "من أجل إنترنت مفتوح", addressee: "الأمين العام للاتحاد الدولي للاتصالات",
    body: "نحن المنظمات الموقعة أدناه.", sourceVersion: seeded.version, sourceDigest: textDigest(seeded),
  } });
  const t = await translatorFor("breadth", "ar");
  const page = unmarked(await firstPage(seeded.id, "ar", "ar"));
  // Word by word, leaving out words with a lam-alef ligature, whose two letters pdftotext gives back
  // swapped (as lib/export/pdf-language.test.ts does); the page shows them right.
  const words = (s: string) => unmarked(s).split(/\s+/).filter((w) => w && !/ل[اأإآ]/.test(w));
  for (const word of [...words(t("summary", { count: 5, countries: 4 })), ...words(t("byRegion")), ...words(t("byGroup"))]) {
    assert.ok(page.includes(word), `Arabic words of the summary: ${word}`);
  }
  // Right to left: each count to the left of its label, on its line.
  for (const [label, n] of [[t("regions.europe"), 3], [t("regions.africa"), 1]] as const) assert.match(page, new RegExp(`${n}\\s+${unmarked(label)}`), `${label} ${n}`);

  const empty = await seedLetter(db, { title: "Nobody yet" });
  const none = await firstPage(empty.id, undefined, "empty");
  assert.ok(!/organisations? from/.test(none) && !none.includes("By ITU region"));
});

test("individuals are counted apart on the first page, as on the letter's page", async () => {
  const letter = await seedLetter(db, {
    title: "Both kinds",
    signerKinds: "both",
    signatures: [
      { status: "approved", country: "KE", orgType: "civil_society" },
      { status: "approved", country: "SN", kind: "individual", orgType: "", affiliation: "Université Cheikh Anta Diop" },
      { status: "approved", country: "CN", kind: "individual", orgType: "" },
    ],
  });
  const page = await firstPage(letter.id, undefined, "both");
  assert.match(page, /1 organisation from 1 country/);
  assert.match(page, /2 individuals from 2 countries/);
  // The region table is the organisations': Africa 1, not 2 with the Senegalese individual.
  assert.match(page, row("Africa", 1));
  assert.ok(!page.includes("Asia-Pacific"), "the Chinese individual is not in the organisations' regions");
});
