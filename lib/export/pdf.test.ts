import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { db } from "@/lib/db";
import { linkTarget } from "@/lib/export/markdown";
import { renderLetterPdf } from "@/lib/export/pdf";
import { ROWS_PER_PART } from "@/lib/export/pdf-render";
import { authorized } from "@/lib/testing/access";
import { findLetterForExport, type ExportLetter } from "@/lib/export/queries";
import { MIXED_SCRIPT_SIGNATORIES, NON_PUBLIC_SIGNATORIES, seedLetter } from "@/lib/testing/seed";

// The PDF is read back with poppler's pdftotext (Debian: apt-get install poppler-utils).
const BODY = `We, the undersigned organisations, write to you *ahead of the Plenipotentiary*.

## Our requests

- Keep the **Internet** open
- Publish the [working documents](https://example.org/docs)

Thank you.`;

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-pdf-"));
after(() => rmSync(dir, { recursive: true, force: true }));

let letter: ExportLetter;
before(async () => {
  const seeded = await seedLetter(db, {
    title: "Keep the Internet open", addressee: "Secretary-General, ITU", body: BODY,
    signatures: [...MIXED_SCRIPT_SIGNATORIES, ...NON_PUBLIC_SIGNATORIES],
  });
  letter = (await findLetterForExport(await authorized(seeded.id)))!;
});

/** The PDF's text as pdftotext gives it, with bidi control marks removed (they are invisible). */
async function pdfText(options: Parameters<typeof renderLetterPdf>[1], layout: boolean): Promise<string> {
  const file = path.join(dir, `${options.order}-${options.includeType}.pdf`);
  writeFileSync(file, await renderLetterPdf(letter, options));
  const args = layout ? ["-layout", file, "-"] : [file, "-"];
  return execFileSync("pdftotext", args, { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}

for (const layout of [true, false]) {
  test(`every script comes back from the PDF (pdftotext${layout ? " -layout" : ""})`, async () => {
    const text = await pdfText({ order: "alphabetical", includeType: true }, layout);
    for (const { orgName } of MIXED_SCRIPT_SIGNATORIES) assert.ok(text.includes(orgName), `${orgName} in the PDF`);
    // Arabic in logical order: the words follow one another as typed, not reversed.
    assert.match(text, /منظمة الحقوق الرقمية/);
    assert.ok(!text.includes("الرقمية الحقوق منظمة"), "Arabic words are not reversed");

    assert.match(text, /Signatories \(6\)/);
    for (const { orgName } of NON_PUBLIC_SIGNATORIES) assert.ok(!text.includes(orgName), `${orgName} is not public`);

    const pages = [...text.matchAll(/Page (\d+) of (\d+)/g)];
    assert.ok(pages.length >= 2, "page numbers on every page");
    assert.equal(pages[0][1], "1");
    assert.equal(pages.at(-1)![1], pages.at(-1)![2], "the last page says so");
    assert.ok(text.includes(`${process.env.APP_URL}/letters/${letter.slug}`), "footer with the public address");

    for (const words of ["Secretary-General, ITU", "Keep the Internet open", "Our requests", "ahead of the Plenipotentiary", "working documents", "https://example.org/docs"]) {
      assert.ok(text.replace(/\s+/g, " ").includes(words), `letter text: ${words}`);
    }
    assert.ok(text.includes("Civil society / NGO") && text.includes("Trade union"), "organisation types");
  });
}

test("grouped by country: a heading per country with its signatories, types left out when not asked", async () => {
  const text = await pdfText({ order: "country", includeType: false }, true);
  for (const heading of ["Brazil (1)", "Egypt (1)", "Greece (1)", "Russia (1)"]) assert.ok(text.includes(heading), heading);
  for (const { orgName } of MIXED_SCRIPT_SIGNATORIES) assert.ok(text.includes(orgName), orgName);
  assert.ok(text.indexOf("Brazil (1)") < text.indexOf("Marília Instituto"));
  assert.ok(text.indexOf("Marília Instituto") < text.indexOf("Egypt (1)"));
  // The first page's summary names the stakeholder groups; the list itself does not.
  assert.ok(!text.slice(text.indexOf("Signatories (")).includes("Civil society / NGO"), "no organisation type in the list unless chosen");
});

test("a letter without signatories still prints, and says so", async () => {
  const seeded = await seedLetter(db, { title: "Nobody yet" });
  const empty = (await findLetterForExport(await authorized(seeded.id)))!;
  const file = path.join(dir, "empty.pdf");
  writeFileSync(file, await renderLetterPdf(empty, { order: "alphabetical", includeType: false }));
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  assert.match(text, /Signatories \(0\)/);
  assert.match(text, /Page 2 of 2/);
});

test("the Chinese font is embedded as a subset, not whole (it is 8 MB)", async () => {
  const file = path.join(dir, "size.pdf");
  const pdf = await renderLetterPdf(letter, { order: "alphabetical", includeType: false });
  writeFileSync(file, pdf);
  assert.ok(pdf.length < 400_000, `PDF is ${pdf.length} bytes`);
  const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
  assert.match(fonts, /Noto ?Sans ?(SC|CJK|Hans)/i);
  for (const line of fonts.split("\n").slice(2).filter(Boolean)) assert.match(line, /yes\s+yes\s+(yes|no)/, `embedded subset: ${line}`);
  // Only the fonts shipped in node_modules: Typst's fallback to system fonts is off.
  for (const line of fonts.split("\n").slice(2).filter(Boolean)) assert.match(line, /^[A-Z]{6}\+Noto/, `one of ours: ${line}`);
});

test("page numbers match the real page count when names wrap over several lines", async () => {
  const long = "International Federation of Community Networks, Digital Inclusion and Open Standards Development";
  const rows = Array.from({ length: 160 }, (_, i) => ({ orgName: i % 3 ? `Organisation ${i}` : `${long} ${i}`, country: "GB", status: "approved" }));
  const seeded = await seedLetter(db, { body: BODY.repeat(8), signatures: rows });
  const big = (await findLetterForExport(await authorized(seeded.id)))!;
  const file = path.join(dir, "numbering.pdf");
  writeFileSync(file, await renderLetterPdf(big, { order: "alphabetical", includeType: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  const numbers = [...text.matchAll(/Page (\d+) of (\d+)/g)];
  assert.equal(numbers.length, pages);
  numbers.forEach((m, i) => assert.deepEqual([Number(m[1]), Number(m[2])], [i + 1, pages]));
});

test("a list longer than one compile part: every row once, in order, pages numbered through, none left half empty", async () => {
  const count = Math.ceil(ROWS_PER_PART * 1.3);
  const rows = Array.from({ length: count }, (_, i) => ({ orgName: `Signatory ${String(i).padStart(5, "0")}`, country: "FR", status: "approved" }));
  const seeded = await seedLetter(db, { signatures: rows });
  const long = (await findLetterForExport(await authorized(seeded.id)))!;
  const file = path.join(dir, "parts.pdf");
  writeFileSync(file, await renderLetterPdf(long, { order: "alphabetical", includeType: false }));
  const pages = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim());
  const names = pages.flatMap((page) => [...page.matchAll(/Signatory (\d{5})/g)].map((m) => Number(m[1])));
  assert.deepEqual(names, rows.map((_, i) => i), "each row once, in order");
  pages.forEach((page, i) => assert.match(page, new RegExp(`Page ${i + 1} of ${pages.length}\\b`), `footer of page ${i + 1}`));
  // Every page of the list after its first (which has the heading) and before its last is full (the
  // rows are all alike: where one part ends, no half-empty page) and opens with the column heads.
  const perPage = pages.slice(2).map((page) => [...page.matchAll(/Signatory \d{5}/g)].length);
  assert.ok(perPage.length >= 10, `${perPage.length} pages after the list's first`);
  for (const [i, n] of perPage.slice(0, -1).entries()) assert.equal(n, perPage[0], `list page ${i + 2} is full`);
  for (const page of pages.slice(2)) assert.match(page, /^\s*Organisation\b/, "column heads on top");
});

test("links in the PDF point only to http, https and mailto; any other address is plain text", async () => {
  const body = [
    "[site](https://example.org/a) [mail](mailto:team@example.org) [plain](http://example.org/b)",
    "[script](javascript:alert(1)) [tabbed](java\tscript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)",
    "[file](file:///etc/passwd) [relative](../secret.pdf) [rooted](/coordinator) [launch](launch:calc.exe)",
  ].join("\n\n");
  const seeded = await seedLetter(db, { body });
  const linked = (await findLetterForExport(await authorized(seeded.id)))!;
  const pdf = await renderLetterPdf(linked, { order: "alphabetical", includeType: false });
  const uris = [...pdf.toString("latin1").matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1].replace(/\\(.)/g, "$1"));
  assert.deepEqual(uris.sort(), ["http://example.org/b", "https://example.org/a", "mailto:team@example.org"]);
  const file = path.join(dir, "links.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  for (const word of ["script", "tabbed", "data", "file", "relative", "rooted", "launch"]) assert.match(text, new RegExp(`\\b${word}\\b`), `${word} kept as text`);
  assert.ok(!/javascript|passwd|secret\.pdf|calc\.exe/.test(text), "the refused addresses are not printed either");
});

test("the link filter keeps absolute http, https and mailto only", () => {
  for (const ok of ["https://example.org", "http://example.org/x?y=1", "mailto:a@example.org", "HTTPS://EXAMPLE.ORG/"]) assert.ok(linkTarget(ok), ok);
  for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x", "../x.pdf", "/coordinator", "//evil.example/x", "#top", "", "ftp://example.org"]) {
    assert.equal(linkTarget(bad), null, JSON.stringify(bad));
  }
});
