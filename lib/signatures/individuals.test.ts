// Individuals beside organisations (issue 13, item 3), on the test database (SQLite, or PostgreSQL
// with TEST_DB=postgresql): who a letter takes, what an individual's signature stores and is
// mailed, and that changing the setting keeps every signature.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, seedUser, uniqueEmail } from "@/lib/testing/seed";
import { signatureInputFromForm, signatureSchema } from "@/lib/signatures/schema";
import { letterFormSchema } from "@/lib/letters/schema";
import { fieldErrorsFrom } from "@/lib/errors";

const smtp = await catchMailForThisFile();

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/signatures/mutations")),
  ...(await import("@/lib/letters/mutations")),
  ...(await import("@/lib/mail/worker")),
  // Loaded after the mail catcher: these read the environment.
  ...(await import("@/lib/testing/access")),
});

const organisation = (email: string, orgName = "Derechos Digitales") =>
  signatureSchema.parse({ orgName, country: "CL", orgType: "civil_society", contactName: "Ana", email, consent: true });
const individual = (email: string, name = "Amina Diallo", affiliation?: string) =>
  signatureSchema.parse({ kind: "individual", orgName: name, affiliation, country: "SN", email, consent: true });

test("the form's fields are read for the kind chosen, and each kind is checked for its own fields", () => {
  const form = new FormData();
  for (const [k, v] of Object.entries({ kind: "individual", name: "  Amina   Diallo ", affiliation: "University of Dakar", orgName: "Typed in the hidden organisation field",
    orgType: "academic", website: "example.org", contactName: "Someone", role: "Boss", country: "SN", email: "amina@example.org", consent: "on" })) form.set(k, v);
  const person = signatureSchema.parse(signatureInputFromForm(form));
  assert.equal(person.kind, "individual");
  assert.equal(person.orgName, "Amina Diallo");
  assert.equal(person.affiliation, "University of Dakar");
  assert.equal(person.orgType, undefined);
  assert.equal(person.website, undefined);
  assert.equal(person.contactName, undefined);
  assert.equal(person.role, undefined);

  // An individual without a name: the error is on the name; no organisation type is asked.
  form.set("name", "");
  const missing = signatureSchema.safeParse(signatureInputFromForm(form));
  assert.ok(!missing.success);
  assert.deepEqual(fieldErrorsFrom(missing.error), { orgName: "REQUIRED" });

  // An organisation (no kind posted, as today's form) still needs its type and contact.
  const org = signatureSchema.safeParse({ orgName: "Org", country: "FR", email: "a@example.org", consent: true });
  assert.ok(!org.success);
  assert.deepEqual(fieldErrorsFrom(org.error), { orgType: "REQUIRED", contactName: "REQUIRED" });
  assert.equal(signatureSchema.safeParse({ kind: "robot", orgName: "X", country: "FR", email: "a@example.org", consent: true }).success, false);
});

test("a letter for individuals refuses an organisation, one for organisations refuses an individual, one for both takes each", async () => {
  const { db, signLetter } = await lib();
  const people = await seedLetter(db, { signerKinds: "individuals" });
  const orgs = await seedLetter(db);
  const both = await seedLetter(db, { signerKinds: "both" });
  const refused = { ok: false, code: "SIGNER_KIND_NOT_TAKEN", fieldErrors: { kind: "SIGNER_KIND_NOT_TAKEN" } };
  assert.deepEqual(await signLetter(people.slug, organisation(uniqueEmail())), refused);
  assert.deepEqual(await signLetter(orgs.slug, individual(uniqueEmail())), refused);
  assert.equal(await db.signature.count({ where: { letterId: { in: [people.id, orgs.id] } } }), 0, "nothing is written for a refused kind");

  assert.deepEqual(await signLetter(people.slug, individual(uniqueEmail())), { ok: true });
  assert.deepEqual(await signLetter(orgs.slug, organisation(uniqueEmail())), { ok: true });
  assert.deepEqual(await signLetter(both.slug, organisation(uniqueEmail())), { ok: true });
  assert.deepEqual(await signLetter(both.slug, individual(uniqueEmail(), "Li Wei", "Tsinghua University")), { ok: true });
  const rows = await db.signature.findMany({ where: { letterId: both.id }, orderBy: { kind: "asc" } });
  assert.deepEqual(rows.map((r) => [r.kind, r.orgName, r.contactName, r.affiliation, r.orgType, r.website]), [
    ["individual", "Li Wei", "Li Wei", "Tsinghua University", "", null],
    ["organisation", "Derechos Digitales", "Ana", null, "civil_society", null],
  ]);
});

test("an individual's confirmation mail speaks of a person signing in their own name", async () => {
  const { db, signLetter, deliverDueMail } = await lib();
  const letter = await seedLetter(db, { signerKinds: "individuals" });
  const email = uniqueEmail();
  assert.deepEqual(await signLetter(letter.slug, individual(email, "Amina Diallo", "Université Cheikh Anta Diop")), { ok: true });
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: email, subject: /confirm/i });
  assert.match(mail.text, /in their own name/);
  assert.doesNotMatch(mail.text, /organisation below/);
  assert.match(mail.text, /Name: «Amina Diallo»|Name: .*Amina Diallo/);
  assert.match(mail.text, /Affiliation \(for identification only\): .*Université Cheikh Anta Diop/);
  // The confirm page shows what the person signed as: their name and affiliation, no organisation type.
  const { lookUpToken } = await import("@/lib/signatures/queries");
  const looked = await lookUpToken(new URL(mail.linkById("confirm-link")).pathname.split("/").pop()!, "confirm");
  assert.ok(looked.ok);
  assert.deepEqual([looked.signature.kind, looked.signature.orgName, looked.signature.affiliation], ["individual", "Amina Diallo", "Université Cheikh Anta Diop"]);
});

test("a coordinator changes who may sign: audited, and every signature already given stays as it was", async () => {
  const { db, updateLetter, authorized } = await lib();
  const me = await seedUser(db, "admin");
  const letter = await seedLetter(db, {
    signerKinds: "both",
    signatures: [
      { orgName: "Access Now", status: "approved" },
      { kind: "individual", orgName: "Amina Diallo", affiliation: "UCAD", orgType: "", status: "approved" },
    ],
  });
  const form = (signerKinds: string) => letterFormSchema.parse({ language: "en", title: letter.title, slug: letter.slug, addressee: letter.addressee,
    body: letter.body, deadline: "", coordinators: "", signerKinds });
  assert.equal(letterFormSchema.safeParse({ ...form("both"), deadline: "", signerKinds: "everyone" }).success, false);
  for (const kinds of ["individuals", "organisations"]) {
    const result = await updateLetter(await authorized(letter.id, me), form(kinds));
    assert.ok(result.ok);
    assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).signerKinds, kinds);
  }
  const audit = await db.auditEvent.findMany({ where: { letterId: letter.id, action: "letter.edit" }, orderBy: { createdAt: "asc" } });
  assert.deepEqual(audit.map((a) => JSON.parse(a.details ?? "{}").changed?.signerKinds), [
    { before: "both", after: "individuals" },
    { before: "individuals", after: "organisations" },
  ]);
  const rows = await db.signature.findMany({ where: { letterId: letter.id }, orderBy: { orgName: "asc" } });
  assert.deepEqual(rows.map((r) => [r.orgName, r.kind, r.status]), [["Access Now", "organisation", "approved"], ["Amina Diallo", "individual", "approved"]]);
  // A form that does not carry the setting (an older caller) leaves it as it is.
  const { signerKinds: _, ...without } = form("both");
  assert.ok((await updateLetter(await authorized(letter.id, me), without)).ok);
  assert.equal((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).signerKinds, "organisations");
});

test("a letter for both counts and lists organisations and individuals apart, each list with its own pages and tiers", async () => {
  const { db } = await lib();
  const { supportBreadth } = await import("@/lib/signatures/breadth");
  const { kindListPages } = await import("@/lib/signatures/kind-lists");
  const { listedKinds } = await import("@/lib/signatures/kinds");
  const people = Array.from({ length: 130 }, (_, i) => ({
    kind: "individual", orgName: `Person ${String(i).padStart(3, "0")}`, affiliation: i === 0 ? "University of Nairobi" : null,
    orgType: "", country: i % 2 ? "KE" : "IN", status: "approved", ...(i < 2 && { tier: "initial" }),
  }));
  const letter = await seedLetter(db, {
    signerKinds: "both",
    signatures: [
      { orgName: "Access Now", country: "US", status: "approved" },
      { orgName: "ARTICLE 19", country: "GB", status: "approved", tier: "initial" },
      { orgName: "Pending Org", country: "FR", status: "confirmed" },
      ...people,
    ],
  });
  const breadth = await supportBreadth(letter.id);
  assert.equal(breadth.total, 2);
  assert.equal(breadth.countries, 2);
  assert.deepEqual(breadth.individuals, { total: 130, countries: 2 });
  assert.equal(breadth.groups.reduce((n, g) => n + g.count, 0), 2, "the stakeholder groups are the organisations'");
  const kinds = listedKinds("both", { organisations: breadth.total, individuals: breadth.individuals.total })!;
  assert.deepEqual(kinds, ["organisation", "individual"]);

  const first = await kindListPages(letter.id, kinds, breadth, () => null);
  assert.deepEqual(first.map((l) => [l.kind, l.total, l.page, l.param]), [["organisation", 2, 1, "page"], ["individual", 130, 1, "ipage"]]);
  const [orgs, individuals] = first;
  // Tiers apply within each kind: initial signatories first.
  assert.deepEqual(orgs.sections.map((s) => [s.tier, s.signatories.map((r) => r.name)]), [["initial", ["ARTICLE 19"]], ["signatory", ["Access Now"]]]);
  assert.deepEqual(individuals.sections.map((s) => [s.tier, s.count, s.signatories.length]), [["initial", 2, 2], ["signatory", 128, 98]]);
  const amina = individuals.sections[0].signatories[0];
  assert.deepEqual([amina.name, amina.kind, amina.affiliation], ["Person 000", "individual", "University of Nairobi"]);

  const second = await kindListPages(letter.id, kinds, breadth, (param) => (param === "ipage" ? "2" : null));
  assert.equal(second[0].page, 1);
  assert.deepEqual(second[0].sections.flatMap((s) => s.signatories.map((r) => r.name)), ["ARTICLE 19", "Access Now"]);
  const rest = second[1].sections.flatMap((s) => s.signatories.map((r) => r.name));
  assert.equal(rest.length, 30);
  assert.equal(rest[0], "Person 100");
  assert.equal(second[1].sections[0].first, 99, "numbered within the tier, on from the first page");

  // Switched to individuals only: the organisations that signed are still listed, under their own heading.
  assert.deepEqual(listedKinds("individuals", { organisations: 2, individuals: 130 }), ["organisation", "individual"]);
  assert.deepEqual(listedKinds("individuals", { organisations: 0, individuals: 0 }), ["individual"]);
  assert.equal(listedKinds("organisations", { organisations: 5, individuals: 0 }), null, "a plain list of organisations, as always");
});

test("exports of a letter for both: CSV and JSON carry kind and affiliation, the PDF lists individuals in their own section, the delivery list has both", async () => {
  const { db } = await lib();
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const { parse } = await import("csv-parse/sync");
  const { publicCsv, coordinatorCsv } = await import("@/lib/export/csv");
  const { publicJson } = await import("@/lib/export/json");
  const { streamToString } = await import("@/lib/export/stream");
  const { renderLetterPdf } = await import("@/lib/export/pdf");
  const { findLetterForExport } = await import("@/lib/export/queries");
  const { readSnapshot } = await import("@/lib/deliveries/queries");
  const { authorized } = await lib();
  const seeded = await seedLetter(db, {
    signerKinds: "both",
    signatures: [
      { orgName: "Zeta Foundation", country: "DE", orgType: "academic", status: "approved" },
      { orgName: "Access Now", country: "US", status: "approved", contactName: "Private Contact" },
      { kind: "individual", orgName: "Amina Diallo", affiliation: "Université Cheikh Anta Diop", orgType: "", country: "SN", status: "approved", contactName: "Amina Diallo" },
      { kind: "individual", orgName: "Bo Chen", orgType: "", country: "CN", status: "approved" },
      { kind: "individual", orgName: "Pending Person", orgType: "", country: "FR", status: "confirmed" },
    ],
  });

  const csv = parse(await streamToString(publicCsv(seeded.id)), { bom: true, columns: true }) as Record<string, string>[];
  assert.deepEqual(csv.map((r) => [r.organisation, r.kind, r.affiliation, r.organisation_type]), [
    ["Access Now", "organisation", "", "Civil society / NGO"],
    ["Zeta Foundation", "organisation", "", "Academic"],
    ["Amina Diallo", "individual", "Université Cheikh Anta Diop", ""],
    ["Bo Chen", "individual", "", ""],
  ]);
  const json = JSON.parse(await streamToString(publicJson(seeded)));
  assert.equal(json.count, 4);
  assert.deepEqual(json.signatories.map((s: { name: string; kind: string; affiliation: string | null }) => [s.name, s.kind, s.affiliation]), [
    ["Access Now", "organisation", null], ["Zeta Foundation", "organisation", null],
    ["Amina Diallo", "individual", "Université Cheikh Anta Diop"], ["Bo Chen", "individual", null],
  ]);
  const coordinator = parse(await streamToString(coordinatorCsv(seeded.id)), { bom: true, columns: true }) as Record<string, string>[];
  assert.deepEqual(coordinator.map((r) => [r.organisation, r.kind, r.status]), [
    ["Access Now", "organisation", "approved"], ["Zeta Foundation", "organisation", "approved"],
    ["Amina Diallo", "individual", "approved"], ["Bo Chen", "individual", "approved"], ["Pending Person", "individual", "confirmed"],
  ]);

  const letter = (await findLetterForExport(await authorized(seeded.id)))!;
  const dir = mkdtempSync(path.join(tmpdir(), "undersigned-individuals-"));
  try {
    const file = path.join(dir, "both.pdf");
    writeFileSync(file, await renderLetterPdf(letter, { order: "alphabetical", includeType: true, language: "en" }, new Date("2026-03-14T12:00:00Z")));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const at = (words: string) => {
      const i = text.indexOf(words);
      assert.ok(i >= 0, `the PDF says ${words}: ${text.slice(-600)}`);
      return i;
    };
    assert.ok(at("Organisations (2)") < at("Access Now"));
    assert.ok(at("Zeta Foundation") < at("Individuals (2)"));
    assert.ok(at("Individuals (2)") < at("Amina Diallo, Université Cheikh Anta Diop (for identification only)"));
    assert.ok(at("Individuals (2)") < at("Bo Chen"));
    assert.equal(text.includes("Pending Person"), false);
    assert.equal(text.includes("Private Contact"), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const snapshot = (await readSnapshot(db, seeded.id))!;
  const amina = snapshot.entries.find((e) => e.name === "Amina Diallo");
  assert.deepEqual(amina, { name: "Amina Diallo", country: "SN", type: "", website: null, tier: "signatory", kind: "individual", affiliation: "Université Cheikh Anta Diop" });
  assert.equal(snapshot.entries.find((e) => e.name === "Access Now")?.kind, "organisation");
});

test("a delivery list stored before kinds existed reads back byte for byte, and its signatories are not delivered again", async () => {
  const { canonicalList, parseCanonicalList, newcomers, sha256Hex } = await import("@/lib/deliveries/canonical");
  const old = '[{"name":"Access Now","country":"US","type":"civil_society","website":null,"tier":"signatory"}]';
  assert.equal(canonicalList(parseCanonicalList(old)), old);
  assert.equal(sha256Hex(canonicalList(parseCanonicalList(old))), sha256Hex(old));
  const now = [
    { name: "Access Now", country: "US", type: "civil_society", website: null, tier: "signatory", kind: "organisation", affiliation: null },
    { name: "Amina Diallo", country: "SN", type: "", website: null, tier: "signatory", kind: "individual", affiliation: "UCAD" },
  ];
  assert.deepEqual(newcomers(now, [parseCanonicalList(old)]).map((e) => e.name), ["Amina Diallo"]);
});
