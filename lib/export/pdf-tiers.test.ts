// The PDF lists signatories tier after tier, each tier under its title in the PDF's language
// (messages/<locale>/tiers.json), the grouping chosen applied within each tier; read back with
// poppler's pdftotext as in lib/export/pdf-language.test.ts.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { db } from "@/lib/db";
import { tierHeadings } from "@/lib/export/labels";
import { renderLetterPdf } from "@/lib/export/pdf";
import { ROWS_PER_PART } from "@/lib/export/pdf-render";
import { findLetterForExport, type ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";
import { textDigest } from "@/lib/letters/translation-status";
import { authorized } from "@/lib/testing/access";
import { seedLetter, type SignatureSeed } from "@/lib/testing/seed";

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-pdf-tiers-"));
after(() => process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true }));

// Names whose alphabetical order is not the tier order.
const SIGNATURES: SignatureSeed[] = [
  { orgName: "Zulu Founders", country: "FR", tier: "initial" },
  { orgName: "Yankee Drafters", country: "BR", tier: "initial" },
  { orgName: "Mike Network", country: "FR" },
  { orgName: "Alpha Rights", country: "BR" },
  { orgName: "Aardvark Latecomers", country: "KE", tier: "endorsement" },
].map((s) => ({ ...s, status: "approved" }));

let letter: ExportLetter;
before(async () => {
  const seeded = await seedLetter(db, { title: "Tiers", signatures: [...SIGNATURES, { orgName: "Hidden Founder", tier: "initial", status: "confirmed" }] });
  for (const [locale, title] of [["ar", "رسالة"], ["zh", "公开信"]]) {
    await db.letterTranslation.create({ data: { letterId: seeded.id, locale, title, addressee: title, body: title, sourceVersion: seeded.version, sourceDigest: textDigest(seeded) } });
  }
  letter = (await findLetterForExport(await authorized(seeded.id)))!;
});

async function pdfText(subject: ExportLetter, options: PdfOptions, name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(subject, options));
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}

/** Asserts that each string is found in `text` after the one before it. */
function inOrder(text: string, items: string[]) {
  let at = -1;
  for (const item of items) {
    const found = text.indexOf(item, at + 1);
    assert.ok(found > at, `${JSON.stringify(item)} after the one before it`);
    at = found;
  }
}

test("alphabetical: each tier's title over its rows, the tiers in order", async () => {
  const text = await pdfText(letter, { order: "alphabetical", includeType: false }, "alphabetical");
  inOrder(text, [
    "Signatories (5)",
    "Initial signatories (2)", "Yankee Drafters", "Zulu Founders",
    "Signatories (2)", "Alpha Rights", "Mike Network",
    "Joined after delivery (1)", "Aardvark Latecomers",
  ]);
  assert.ok(!text.includes("Hidden Founder"));
});

test("by country: the countries within each tier", async () => {
  const text = await pdfText(letter, { order: "country", includeType: false }, "country");
  inOrder(text, [
    "Initial signatories (2)", "Brazil (1)", "Yankee Drafters", "France (1)", "Zulu Founders",
    "Signatories (2)", "Brazil (1)", "Alpha Rights", "France (1)", "Mike Network",
    "Joined after delivery (1)", "Kenya (1)", "Aardvark Latecomers",
  ]);
});

test("in Chinese and Arabic the titles are in the PDF's language", async () => {
  const zh = await tierHeadings("zh");
  const chinese = await pdfText(letter, { order: "alphabetical", includeType: false, language: "zh" }, "zh");
  inOrder(chinese, [zh("initial", 2), "Yankee Drafters", zh("signatory", 2), "Alpha Rights", zh("endorsement", 1), "Aardvark Latecomers"]);
  assert.ok(chinese.includes("首批签署方"));

  const ar = await tierHeadings("ar");
  const arabic = await pdfText(letter, { order: "alphabetical", includeType: false, language: "ar" }, "ar");
  // Word by word without the stacked marks pdftotext reads as a line of their own, and without
  // words holding a lam-alef ligature, whose letters it swaps (docs/EXPORTS.md, "Arabic").
  const unmarked = (words: string) => words.replace(/[\u064b-\u065f\u0670]/g, "");
  const words = (heading: string) => unmarked(heading).replace(/[()\d\u0660-\u0669]/g, " ").split(/\s+/).filter((w) => w && !/ل[اأإآ]/.test(w));
  const plain = unmarked(arabic);
  for (const tier of ["initial", "signatory", "endorsement"] as const) {
    for (const word of words(ar(tier, 1))) assert.ok(plain.includes(word), `Arabic title of ${tier}: ${word}`);
  }
  inOrder(plain, ["Yankee Drafters", "Zulu Founders", "Alpha Rights", "Mike Network", words(ar("endorsement", 1))[0], "Aardvark Latecomers"]);
  assert.ok(!arabic.includes("Initial signatories") && !arabic.includes("Joined after delivery"), "no English title");
});

test("a letter of plain signatories has no tier title", async () => {
  const seeded = await seedLetter(db, { signatures: SIGNATURES.map((s) => ({ ...s, tier: "signatory" })) });
  const plain = (await findLetterForExport(await authorized(seeded.id)))!;
  const text = await pdfText(plain, { order: "alphabetical", includeType: false }, "plain");
  assert.ok(text.includes("Signatories (5)"));
  for (const title of ["Initial signatories", "Joined after delivery", "Signatories (5)\n\nSignatories"]) assert.ok(!text.includes(title), title);
  assert.equal(text.match(/Signatories \(/g)?.length, 1, "one heading over the list");
});

test("tiers across compile parts: every row once and in order, each title once, where its tier begins", async () => {
  const counts = { initial: Math.round(ROWS_PER_PART * 0.7), signatory: Math.round(ROWS_PER_PART * 0.8), endorsement: 40 };
  let n = 0;
  const rows: SignatureSeed[] = Object.entries(counts).flatMap(([tier, count]) =>
    Array.from({ length: count }, () => ({ orgName: `Row ${String(n++).padStart(5, "0")}`, country: "FR", status: "approved", tier })));
  const seeded = await seedLetter(db, { signatures: rows.reverse() });
  const long = (await findLetterForExport(await authorized(seeded.id)))!;
  const text = await pdfText(long, { order: "alphabetical", includeType: false }, "parts");
  const names = [...text.matchAll(/Row (\d{5})/g)].map((m) => Number(m[1]));
  assert.deepEqual(names, Array.from({ length: n }, (_, i) => i), "each row once, in order");
  const titles = [`Initial signatories (${counts.initial})`, `Signatories (${counts.signatory})`, `Joined after delivery (${counts.endorsement})`];
  for (const title of titles) assert.equal(text.split(title).length, 2, `${title} once`);
  inOrder(text, [titles[0], "Row 00000", `Row ${String(counts.initial - 1).padStart(5, "0")}`, titles[1], `Row ${String(counts.initial).padStart(5, "0")}`,
    `Row ${String(counts.initial + counts.signatory - 1).padStart(5, "0")}`, titles[2], `Row ${String(counts.initial + counts.signatory).padStart(5, "0")}`]);
});
