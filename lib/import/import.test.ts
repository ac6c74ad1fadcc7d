// Signatures that arrived elsewhere, on the test database: the preview writes nothing, an import
// with any problem writes nothing, a clean one writes every row (source, note, who added it, the
// letter's count, mail only when the contacts are to confirm), and only the letter's coordinators may.
import assert from "node:assert/strict";
import { test } from "node:test";
import { authorizeLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { csvTemplate, readCsv } from "@/lib/import/csv";
import { addSignature, importSignatures } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { addedSignatureSchema, countryCodeOf } from "@/lib/import/schema";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser, uniqueId } from "@/lib/testing/seed";

const HEADER = "organisation,country,organisation_type,contact_name,email,language";
const BOM = "\uFEFF";

/** A CSV as a spreadsheet saves it: BOM, CRLF, quoted cells with commas. */
const csvOf = (rows: string[]) => `${BOM}${[HEADER, ...rows].join("\r\n")}\r\n`;

/** Everything an import could write, to compare before and after. */
async function footprint(letterId: string) {
  const ids = (await db.signature.findMany({ where: { letterId }, select: { id: true } })).map((r) => r.id);
  const [signatures, tokens, mails, audit, letter] = await Promise.all([
    db.signature.count({ where: { letterId } }),
    db.signatureToken.count({ where: { signature: { letterId } } }),
    db.outboxMessage.count({ where: { signatureId: { in: ids } } }),
    db.auditEvent.count({ where: { letterId } }),
    db.letter.findUniqueOrThrow({ where: { id: letterId }, select: { approvedCount: true, revision: true } }),
  ]);
  return { signatures, tokens, mails, audit, ...letter };
}

test("reads what spreadsheets write: BOM, CRLF, quoted commas and line breaks, semicolons, any script", () => {
  const read = readCsv(`${BOM}organisation;country;contact_name;email\r\n"Ассоциация ""Свобода""; Москва";RU;Иван;ivan@example.org\r\n`);
  assert.ok(read.ok);
  assert.equal(read.rows[0].cells.organisation, "Ассоциация \"Свобода\"; Москва");
  const multi = readCsv(`${HEADER}\n"جمعية, الحقوق\nالرقمية",EG,civil_society,سارة,sara@example.org,ar\n`);
  assert.ok(multi.ok);
  assert.equal(multi.rows[0].cells.organisation, "جمعية, الحقوق\nالرقمية");
  assert.equal(multi.rows[0].line, 3, "the line a spreadsheet shows: the record ends on line 3");
  assert.deepEqual(readCsv("organisation,country,email\nA,FR,a@example.org\n"), { ok: false, problem: "MISSING_COLUMN", column: "contact_name" });
  assert.deepEqual(readCsv(`${HEADER},colour\n`), { ok: false, problem: "UNKNOWN_COLUMN", column: "colour" });
  assert.deepEqual(readCsv(HEADER), { ok: false, problem: "NO_ROWS" });
  // The template reads back as itself, with its example row valid.
  const template = readCsv(csvTemplate());
  assert.ok(template.ok && template.rows.length === 1);
  // Countries by code or by name in any of the six languages.
  for (const name of ["KE", "ke", "Kenya", "Кения", "肯尼亚", "كينيا", "Kenia"]) assert.equal(countryCodeOf(name), "KE", name);
  assert.equal(countryCodeOf("Côte d’Ivoire"), "CI");
});

test("a file with bad rows, duplicates and mixed scripts: the preview reports each, and nothing is written, not even on confirm", async () => {
  const letter = await seedLetter(db, { signatures: [{ orgName: "Access Now", email: `taken-${uniqueId()}@accessnow.org`, status: "approved" }] });
  const taken = (await db.signature.findFirstOrThrow({ where: { letterId: letter.id } })).email;
  const access = await authorized(letter.id);
  const tag = uniqueId();
  const csv = csvOf([
    `"Digital Rights, Kenya",KE,civil_society,Amina,amina-${tag}@drk.example,en`,
    `数字权利中心,China,academic,李华,li-${tag}@example.cn,zh`,
    `Access Now Inc.,US,civil_society,Jo,${taken.toUpperCase()},en`,
    `Другая организация,Россия,technical,Иван,AMINA-${tag}@drk.example,ru`,
    `,Atlantis,banana,Sam,not-an-email,xx`,
    `جمعية الإنترنت,EG,civil_society,سارة,sara-${tag}@drk.example,ar`,
  ]);
  const before = await footprint(letter.id);
  const report = await previewImport(access, csv);
  assert.ok(report.ok);
  assert.equal(report.rows.length, 6);
  const line = (n: number) => report.rows.find((r) => r.line === n)!;
  assert.deepEqual(line(2).errors, {});
  assert.equal(line(2).cells.organisation, "Digital Rights, Kenya");
  assert.deepEqual(line(3).errors, {}, "a country's name in Chinese or English is taken");
  assert.equal(line(4).errors.email, "ALREADY_SIGNED", "the address already signed the letter (in another case)");
  assert.ok(line(4).likely.some((l) => l.reason === "sameName" && l.existing === "Access Now"), "Access Now Inc. is likely Access Now");
  assert.equal(line(5).errors.email, "DUPLICATE_IN_FILE", "the same address as line 2, in another case");
  assert.deepEqual(line(6).errors, { organisation: "REQUIRED", country: "INVALID_COUNTRY", organisation_type: "INVALID_VALUE", email: "INVALID_EMAIL", language: "INVALID_VALUE" });
  assert.ok(line(7).likely.some((l) => l.reason === "sameDomain" && l.line === 2), "the same organisation's domain as line 2");
  assert.equal(report.errorCount, 3);
  assert.deepEqual(await footprint(letter.id), before, "the preview writes nothing");

  const result = await importSignatures(access, csv, { mode: "confirmed", note: "emails of March" });
  assert.ok(result.ok && result.outcome === "report" && result.report.ok && result.report.errorCount === 3);
  assert.deepEqual(await footprint(letter.id), before, "an import with any problem writes nothing");
});

test("a clean file recorded as confirmed: every row approved at once, with its source, note and coordinator, counted and audited once; no mail", async () => {
  const me = await seedUser(db, "coordinator");
  const letter = await seedLetter(db, { coordinatorId: me.id, signatures: [{ status: "approved" }] });
  const access = await authorized(letter.id, me);
  const tag = uniqueId();
  const csv = csvOf([
    `"Open Net, Africa",KE,civil_society,Amina,amina-${tag}@opennet.example,`,
    `数字权利中心,CN,academic,李华,li-${tag}@example.cn,zh`,
    `Фонд «Открытая сеть»,RU,technical,Иван,ivan-${tag}@example.ru,ru`,
  ]);
  const before = await footprint(letter.id);
  const result = await importSignatures(access, csv, { mode: "confirmed", note: "emails of 3 March" });
  assert.deepEqual(result, { ok: true, outcome: "imported", count: 3 });
  const rows = await db.signature.findMany({ where: { letterId: letter.id, source: "import" }, orderBy: { orgName: "asc" } });
  assert.deepEqual(rows.map((r) => r.orgName).sort(), ["Open Net, Africa", "Фонд «Открытая сеть»", "数字权利中心"].sort());
  for (const r of rows) {
    assert.equal(r.status, "approved");
    assert.equal(r.sourceNote, "emails of 3 March");
    assert.equal(r.addedById, me.id);
    assert.equal(r.reviewedById, me.id);
    assert.ok(r.confirmedAt && r.reviewedAt);
    assert.equal(r.tier, "signatory");
  }
  assert.equal(rows.find((r) => r.country === "CN")!.locale, "zh");
  assert.equal(rows.find((r) => r.country === "KE")!.locale, "en", "no language: the letter's");
  const after = await footprint(letter.id);
  assert.equal(after.signatures, before.signatures + 3);
  assert.equal(after.approvedCount, before.approvedCount + 3, "the public count moves with them");
  assert.equal(after.approvedCount, await db.signature.count({ where: { letterId: letter.id, status: "approved" } }));
  assert.equal(after.mails, before.mails, "no mail when the coordinator confirms");
  assert.equal(after.tokens, before.tokens);
  const events = await db.auditEvent.findMany({ where: { letterId: letter.id, action: "signature.import" } });
  assert.equal(events.length, 1, "one event for the whole import");
  assert.deepEqual(JSON.parse(events[0].details), { count: 3, mode: "confirmed", note: "emails of 3 March" });

  // The same file again: every address has signed now, so nothing more is written.
  const again = await importSignatures(access, csv, { mode: "confirmed", note: "again" });
  assert.ok(again.ok && again.outcome === "report" && again.report.ok && again.report.errorCount === 3);
  assert.deepEqual(await footprint(letter.id), after);
});

test("a clean file to be confirmed by mail: pending signatures, a confirm link and a mail each, in the contact's language", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  const tag = uniqueId();
  const csv = csvOf([`Réseau Numérique,FR,civil_society,Claire,claire-${tag}@example.fr,fr`, `Open Web,GB,technical,Sam,sam-${tag}@example.org,`]);
  const result = await importSignatures(access, csv, { mode: "mail", note: "" });
  assert.deepEqual(result, { ok: true, outcome: "imported", count: 2 });
  const rows = await db.signature.findMany({ where: { letterId: letter.id }, include: { tokens: true } });
  assert.equal(rows.length, 2);
  for (const r of rows) {
    assert.equal(r.status, "pending_confirmation");
    assert.equal(r.source, "import");
    assert.equal(r.sourceNote, null);
    assert.deepEqual(r.tokens.map((t) => t.purpose).sort(), ["confirm", "withdraw"]);
  }
  const mails = await db.outboxMessage.findMany({ where: { signatureId: { in: rows.map((r) => r.id) } } });
  assert.equal(mails.length, 2);
  const french = mails.find((m) => m.to === `claire-${tag}@example.fr`)!;
  assert.match(french.text, /Un coordonnateur ou une coordonnatrice de la lettre ouverte/);
  assert.match(french.text, /\/fr\/confirm\//);
  const english = mails.find((m) => m.to === `sam-${tag}@example.org`)!;
  assert.match(english.text, /A coordinator of the open letter .* added your organisation as a signatory, from a message you sent/);
  assert.match(english.text, /counts only once you confirm it/);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).approvedCount, 0, "pending signatures do not count");
});

test("adding one signature by hand: the sign form's checks, one per address, audited; a coordinator of another letter is refused", async () => {
  const me = await seedUser(db, "coordinator");
  const letter = await seedLetter(db, { coordinatorId: me.id });
  const access = await authorized(letter.id, me);
  const item = addedSignatureSchema.parse({ orgName: "Internet Society Chapter", country: "BR", orgType: "technical", contactName: "Ana", email: `ana-${uniqueId()}@example.org`, hideName: "on" });
  const added = await addSignature(access, item, { mode: "confirmed", note: "paper form, meeting of 2 May" });
  assert.ok(added.ok);
  const row = await db.signature.findUniqueOrThrow({ where: { id: added.id } });
  assert.equal(row.source, "manual");
  assert.equal(row.status, "approved");
  assert.equal(row.hideName, true);
  assert.equal(row.addedById, me.id);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).approvedCount, 1);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "signature.add", targetId: added.id } }), 1);

  assert.deepEqual(await addSignature(access, { ...item, email: item.email.toUpperCase() }, { mode: "mail", note: "" }),
    { ok: false, code: "INVALID_INPUT", fieldErrors: { email: "ALREADY_SIGNED" } });
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 1);

  const stranger = await seedUser(db, "coordinator");
  await seedLetter(db, { coordinatorId: stranger.id });
  assert.equal(await authorizeLetter(stranger, letter.id), null, "NOT_FOUND for a coordinator of another letter");
});

test("a closed letter takes no signature to be confirmed by mail", async () => {
  const letter = await seedLetter(db, { status: "closed" });
  const access = await authorized(letter.id);
  const item = addedSignatureSchema.parse({ orgName: "Late Org", country: "DE", orgType: "academic", contactName: "K", email: `k-${uniqueId()}@example.org` });
  assert.deepEqual(await addSignature(access, item, { mode: "mail", note: "" }), { ok: false, code: "LETTER_CLOSED" });
  assert.ok((await addSignature(access, item, { mode: "confirmed", note: "letter of 1 June" })).ok);
});

test("kinds of signer: an empty kind is the letter's own, a kind the letter does not take is refused, a person cannot be hidden", async () => {
  const letter = await seedLetter(db);
  await db.letter.update({ where: { id: letter.id }, data: { signerKinds: "individuals" } });
  const access = await authorized(letter.id);
  const tag = uniqueId();
  const csv = [
    "organisation,country,contact_name,email,kind,affiliation,hide_name,hide_country",
    `Nadia Haddad,LB,Nadia Haddad,nadia-${tag}@example.org,,"University of Beirut, Faculty of Law",yes,yes`,
    `Some NGO,FR,Paul,paul-${tag}@example.org,organisation,,no,no`,
  ].join("\n");
  const report = await previewImport(access, csv);
  assert.ok(report.ok);
  // "An organisation from …" is the only unnamed entry there is: a person asking for it is refused, not named.
  assert.deepEqual(report.rows[0].errors, { hide_name: "HIDING_ORGANISATIONS_ONLY" });
  assert.deepEqual(report.rows[1].errors, { kind: "KIND_NOT_TAKEN", organisation_type: "REQUIRED" });

  const fixed = csv.split("\n").slice(0, 2).join("\n").replace(",yes,yes", ",,");
  assert.deepEqual(await importSignatures(access, fixed, { mode: "confirmed", note: "signed at the Geneva meeting" }), { ok: true, outcome: "imported", count: 1 });
  const row = await db.signature.findFirstOrThrow({ where: { letterId: letter.id } });
  assert.deepEqual(
    { kind: row.kind, orgType: row.orgType, affiliation: row.affiliation, hideName: row.hideName, hideCountry: row.hideCountry },
    { kind: "individual", orgType: "", affiliation: "University of Beirut, Faculty of Law", hideName: false, hideCountry: false },
  );
  const item = addedSignatureSchema.parse({ orgName: "Org", country: "DE", orgType: "academic", contactName: "K", email: `k-${tag}@example.org`, kind: "organisation" });
  assert.deepEqual(await addSignature(access, item, { mode: "confirmed", note: "x" }), { ok: false, code: "INVALID_INPUT", fieldErrors: { kind: "INVALID_VALUE" } });
});
