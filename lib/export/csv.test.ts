import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { coordinatorCsv, publicCsv } from "@/lib/export/csv";
import { streamToString } from "@/lib/export/stream";
import { AT_RISK_SECRETS, AT_RISK_SIGNATORIES, MIXED_SCRIPT_SIGNATORIES, NON_PUBLIC_SIGNATORIES, seedLetter, type SignatureSeed } from "@/lib/testing/seed";

const FORMULAS = ["=1+1", "+X", "-X", "@X", "\tX", "\rX"];
const PRIVATE = { contactName: "Zélie Privé-Contact", role: "Secret Role Title", comment: "A private comment, with \"quotes\"" };

async function seed() {
  const signatures: SignatureSeed[] = [
    ...MIXED_SCRIPT_SIGNATORIES.map((s, i) => ({ ...s, ...PRIVATE, email: `private-${i}@example.org` })),
    ...FORMULAS.map((orgName) => ({ orgName, country: "FR", status: "approved" })),
    ...NON_PUBLIC_SIGNATORIES,
    ...AT_RISK_SIGNATORIES,
  ];
  return seedLetter(db, { signatures });
}

type Parsed = { record: Record<string, string>; raw: string };
const parseCsv = (text: string): Parsed[] => parse(text, { bom: true, columns: true, raw: true, relax_quotes: false });

// A record whose every field, empty ones included, is enclosed in double quotes (the parser's
// raw text keeps the record's CR but not its LF).
const ALL_QUOTED = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*(?:\r\n?)?$/;

function assertRfc4180(text: string, rows: Parsed[]) {
  assert.ok(text.startsWith("\uFEFF"), "starts with a UTF-8 byte-order mark");
  const header = text.slice(1, text.indexOf("\r\n") + 2);
  assert.match(header, ALL_QUOTED, "header fields are quoted");
  assert.ok(text.endsWith("\r\n") && !/[^\r]\n(?=")/.test(text), "records end with CRLF");
  for (const { raw } of rows) assert.match(raw, ALL_QUOTED, `every field quoted: ${JSON.stringify(raw)}`);
}

test("coordinator CSV: every signature with contact fields, quoted, formulas neutralised", async () => {
  const letter = await seed();
  await db.signature.create({ data: { ...(await db.signature.findFirstOrThrow({ where: { letterId: letter.id }, omit: { id: true } })), orgName: "Français Numérique", emailCanonical: "fr@example.org", email: "fr@example.org", locale: "fr", textLocale: "en" } });
  const text = await streamToString(coordinatorCsv(letter.id));
  const rows = parseCsv(text);
  assertRfc4180(text, rows);

  assert.equal(rows.length, MIXED_SCRIPT_SIGNATORIES.length + FORMULAS.length + NON_PUBLIC_SIGNATORIES.length + AT_RISK_SIGNATORIES.length + 1);
  // Coordinators see signers at risk by name, with what they asked for.
  const hidden = AT_RISK_SIGNATORIES.map((s) => rows.find((r) => r.record.organisation === s.orgName)!.record);
  assert.deepEqual(hidden.map((h) => [h.country_code, h.website, h.hide_name, h.hide_country]), [
    ["KE", "https://aardvark-hidden.example", "true", "false"],
    ["BY", "https://zyzzyva-secret.example", "true", "true"],
  ]);
  const columns = Object.keys(rows[0].record);
  for (const c of ["email", "contact_name", "role", "comment", "status"]) assert.ok(columns.includes(c), c);
  const statuses = new Set(rows.map((r) => r.record.status));
  for (const s of ["approved", "pending_confirmation", "confirmed", "rejected", "withdrawn"]) assert.ok(statuses.has(s), s);

  const marilia = rows.find((r) => r.record.organisation === "Marília Instituto")!.record;
  // Which language each signer used and read, beside the version they confirmed.
  assert.deepEqual(columns.slice(columns.indexOf("letter_version"), columns.indexOf("letter_version") + 3), ["letter_version", "language", "text_language"]);
  const french = rows.find((r) => r.record.organisation === "Français Numérique")!.record;
  assert.deepEqual([french.language, french.text_language], ["fr", "en"]);
  assert.equal(marilia.language, "en", "a signature made before languages were recorded reads as English");
  assert.equal(marilia.contact_name, PRIVATE.contactName);
  assert.deepEqual([marilia.hide_name, marilia.hide_country], ["false", "false"]);
  assert.equal(marilia.comment, PRIVATE.comment);
  assert.match(marilia.email, /^private-\d@example\.org$/);

  const organisations = rows.map((r) => r.record.organisation);
  for (const f of FORMULAS) assert.ok(organisations.includes(`'${f}`), `neutralised ${JSON.stringify(f)}`);
  assert.ok(!organisations.some((o) => /^[=+\-@\t\r]/.test(o)), "no cell starts with a formula character");
});

test("public CSV: approved signatories only, no private field", async () => {
  const letter = await seed();
  const text = await streamToString(publicCsv(letter.id));
  const rows = parseCsv(text);
  assertRfc4180(text, rows);

  const columns = Object.keys(rows[0].record);
  for (const c of ["email", "contact_name", "role", "comment", "status", "language", "text_language", "letter_version"]) assert.ok(!columns.includes(c), c);
  for (const secret of ["@example.org", PRIVATE.contactName, PRIVATE.role, "private comment"]) {
    assert.ok(!text.includes(secret), `public CSV must not contain ${secret}`);
  }
  const organisations = rows.map((r) => r.record.organisation);
  assert.equal(rows.length, MIXED_SCRIPT_SIGNATORIES.length + FORMULAS.length + AT_RISK_SIGNATORIES.length);
  // Signers at risk: counted, after the named ones, with no name, website or hidden country.
  for (const secret of AT_RISK_SECRETS) assert.ok(!text.includes(secret), `public CSV must not contain ${secret}`);
  assert.deepEqual(rows.slice(-2).map((r) => [r.record.organisation, r.record.country_code, r.record.country, r.record.website, r.record.named]), [
    ["", "KE", "Kenya", "", "false"],
    ["", "", "", "", "false"],
  ]);
  assert.ok(rows.slice(0, -2).every((r) => r.record.named === "true"));
  for (const s of MIXED_SCRIPT_SIGNATORIES) assert.ok(organisations.includes(s.orgName), s.orgName);
  for (const s of NON_PUBLIC_SIGNATORIES) assert.ok(!text.includes(s.orgName), s.orgName);
  for (const f of FORMULAS) assert.ok(organisations.includes(`'${f}`), `neutralised ${JSON.stringify(f)}`);

  const ci = rows.find((r) => r.record.organisation === "Côte d'Ivoire Digital Rights")!.record;
  assert.equal(ci.country_code, "CI");
  assert.match(ci.country, /^C[oô]te d.Ivoire$/);
  assert.equal(ci.organisation_type, "Civil society / NGO");
  assert.match(ci.approved_on, /^\d{4}-\d{2}-\d{2}$/);
});
