// Signers at risk (lib/signatures/at-risk.ts) against the test database (SQLite, or PostgreSQL with
// TEST_DB=postgresql): what they choose is stored, and their name, website and (if they ask) country
// never reach a public output, while their coordinators still see them.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { atRiskColumns, publicFace } from "@/lib/signatures/at-risk";
import { signatureInputFromForm, signatureSchema } from "@/lib/signatures/schema";
import { AT_RISK_SECRETS, AT_RISK_SIGNATORIES, MIXED_SCRIPT_SIGNATORIES, NON_PUBLIC_SIGNATORIES, seedLetter, uniqueEmail } from "@/lib/testing/seed";

await catchMailForThisFile();

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/signatures/queries")),
  ...(await import("@/lib/signatures/breadth")),
  ...(await import("@/lib/export/csv")),
  ...(await import("@/lib/export/json")),
  ...(await import("@/lib/export/pdf")),
  ...(await import("@/lib/export/queries")),
  ...(await import("@/lib/export/stream")),
  ...(await import("@/lib/deliveries/queries")),
  ...(await import("@/lib/deliveries/canonical")),
  ...(await import("@/lib/letters/embed")),
  ...(await import("@/lib/share/response")),
  ...(await import("@/lib/testing/access")),
});

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-at-risk-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("the second box means nothing without the first", () => {
  assert.deepEqual(atRiskColumns({ hideName: true, hideCountry: true }), { hideName: true, hideCountry: true });
  assert.deepEqual(atRiskColumns({ hideName: false, hideCountry: true }), { hideName: false, hideCountry: false });
  assert.deepEqual(atRiskColumns({}), { hideName: false, hideCountry: false });
  const row = { name: "Secret Org", country: "KE", website: "https://secret.example", hideName: true, hideCountry: false };
  assert.deepEqual(publicFace(row), { ...row, name: "", website: null, named: false });
  assert.deepEqual(publicFace({ ...row, hideCountry: true }).country, "");
  assert.deepEqual(publicFace(row, true), { ...row, named: true });
});

test("the form's boxes reach the signature as ticked; unticked is no", async () => {
  const { db, signLetter } = await lib();
  const letter = await seedLetter(db);
  const form = (email: string, boxes: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ orgName: "Risky Org", country: "KE", orgType: "civil_society", contactName: "A", email, consent: "on", ...boxes })) data.set(k, v);
    return signatureSchema.parse(signatureInputFromForm(data));
  };
  const cases = [
    [{ hideName: "on", hideCountry: "on" }, { hideName: true, hideCountry: true }],
    [{ hideName: "on" }, { hideName: true, hideCountry: false }],
    [{ hideCountry: "on" }, { hideName: false, hideCountry: false }],
    [{}, { hideName: false, hideCountry: false }],
  ] as const;
  for (const [boxes, stored] of cases) {
    const email = uniqueEmail("at-risk");
    assert.deepEqual(await signLetter(letter.slug, form(email, boxes)), { ok: true });
    const row = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, email }, select: { hideName: true, hideCountry: true } });
    assert.deepEqual(row, stored, JSON.stringify(boxes));
  }
});

let letter: Awaited<ReturnType<typeof seedLetter>>;
before(async () => {
  const { db } = await lib();
  letter = await seedLetter(db, {
    title: "Keep the Internet open",
    signatures: [...MIXED_SCRIPT_SIGNATORIES, ...NON_PUBLIC_SIGNATORIES, ...AT_RISK_SIGNATORIES],
  });
});

function assertNoSecret(output: string, what: string) {
  for (const secret of AT_RISK_SECRETS) assert.ok(!output.includes(secret), `${what} must not contain ${secret}`);
}

async function pdfText(options: { order: "alphabetical" | "country"; includeType: boolean; nameAtRisk?: boolean }): Promise<string> {
  const { findLetterForExport, renderLetterPdf, authorized } = await lib();
  const exportLetter = (await findLetterForExport(await authorized(letter.id)))!;
  const file = path.join(dir, `${options.order}-${options.nameAtRisk ? "named" : "unnamed"}.pdf`);
  writeFileSync(file, await renderLetterPdf(exportLetter, options));
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}

test("a hidden signer's name, website and hidden country reach no public output", async () => {
  const { db, approvedListPage, unnamedGroups, publicCsv, publicJson, streamToString, readSnapshot, canonicalList, embedResponse, shareImageData, supportBreadth } = await lib();
  const all = MIXED_SCRIPT_SIGNATORIES.length + AT_RISK_SIGNATORIES.length;

  // The letter page: the list holds the named only; the others are summed up by the country they show.
  const page = await approvedListPage(letter.id, 1);
  const listed = page.sections.flatMap((s) => s.signatories);
  assert.deepEqual(listed.map((s) => s.name).sort(), MIXED_SCRIPT_SIGNATORIES.map((s) => s.orgName).sort());
  assertNoSecret(JSON.stringify(page), "the page's list");
  const groups = await unnamedGroups(letter.id);
  assert.deepEqual(groups, [{ country: "KE", count: 1 }, { country: null, count: 1 }]);
  assert.ok(!JSON.stringify(groups).includes("BY"), "the hidden country is not in the summary");

  // The breadth summary counts them all, but the hidden country in no country or region.
  const breadth = await supportBreadth(letter.id);
  assert.equal(breadth.total, all);
  assert.equal(breadth.countries, all - 1);
  assert.equal(breadth.regions.reduce((n, r) => n + r.count, 0), all - 1);
  assert.equal(breadth.regions.find((r) => r.region === "cis")?.count ?? 0, 1, "only Роскомсвобода in the CIS: Belarus is not counted");

  // Public CSV and JSON: counted, last, unnamed.
  const csv = await streamToString(publicCsv(letter.id));
  assertNoSecret(csv, "the public CSV");
  const json = JSON.parse(await streamToString(publicJson(letter)));
  assertNoSecret(JSON.stringify(json), "the public JSON");
  assert.equal(json.count, all);
  assert.deepEqual(json.signatories.map((s: { named: boolean }) => s.named), [...MIXED_SCRIPT_SIGNATORIES.map(() => true), false, false]);

  // The delivery's canonical list (what its public page shows and its SHA-256 covers).
  const snapshot = (await readSnapshot(db, letter.id))!;
  const canonical = canonicalList(snapshot.entries);
  assertNoSecret(canonical, "the canonical list");
  assert.equal(snapshot.entries.length, all);
  assert.deepEqual(snapshot.entries.slice(-2).map((e) => [e.name, e.country, e.website]), [["", "KE", null], ["", "", null]]);

  // The embeddable badge and card, and the share image's input: counts only.
  for (const kind of ["badge", "card"] as const) {
    const response = await embedResponse(new Request("http://localhost/"), letter.slug, "en", kind);
    const body = await response.text();
    assert.match(body, new RegExp(`${all}`), `the ${kind} shows the count`);
    assertNoSecret(body, `the ${kind}`);
  }
  const share = await shareImageData(letter.slug, "en");
  assert.match(share!.count, new RegExp(`${all}`));
  assertNoSecret(JSON.stringify(share), "the share image's input");

  // The default PDF: "An organisation from Kenya" and "An organisation", never the names.
  const pdf = await pdfText({ order: "alphabetical", includeType: false });
  assertNoSecret(pdf, "the default PDF");
  assert.match(pdf, /An organisation from Kenya/);
  assert.ok(pdf.indexOf("An organisation from Kenya") > pdf.indexOf("منظمة الحقوق الرقمية"), "after the named signatories");
  const byCountry = await pdfText({ order: "country", includeType: false });
  assertNoSecret(byCountry, "the PDF by country");
  assert.match(byCountry, /Country not shown \(1\)/);
});

test("coordinators see them: the coordinators' CSV and the addressee's named copy of the PDF", async () => {
  const { coordinatorCsv, streamToString } = await lib();
  const csv = await streamToString(coordinatorCsv(letter.id));
  for (const s of AT_RISK_SIGNATORIES) {
    assert.ok(csv.includes(s.orgName), `${s.orgName} in the coordinators' CSV`);
    assert.ok(csv.includes(s.website), `${s.website} in the coordinators' CSV`);
  }
  const named = await pdfText({ order: "alphabetical", includeType: false, nameAtRisk: true });
  for (const s of AT_RISK_SIGNATORIES) assert.ok(named.includes(s.orgName), `${s.orgName} in the named PDF`);
  assert.match(named, /Belarus/);
  assert.doesNotMatch(named, /An organisation/);
});
