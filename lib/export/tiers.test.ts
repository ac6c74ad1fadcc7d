// The exports list signatories tier after tier (initial signatories, signatories, joined after
// delivery), each alphabetical, with the tier of each row; private fields stay out of the public ones.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { coordinatorCsv, publicCsv } from "@/lib/export/csv";
import { publicJson } from "@/lib/export/json";
import { streamToString } from "@/lib/export/stream";
import { seedLetter, type SignatureSeed } from "@/lib/testing/seed";

const PRIVATE = { contactName: "Tier Private Contact", comment: "Tier private comment" };
// Alphabetical order and tier order disagree: the last initial signatory sorts after every other name.
const APPROVED: SignatureSeed[] = [
  { orgName: "Aardvark Latecomers", tier: "endorsement" },
  { orgName: "Mike Network", tier: "signatory" },
  { orgName: "Zulu Founders", tier: "initial" },
  { orgName: "Alpha Rights" },
  { orgName: "Yankee Drafters", tier: "initial" },
].map((s) => ({ ...s, ...PRIVATE, status: "approved" }));
const PUBLIC_ORDER = [["Yankee Drafters", "initial"], ["Zulu Founders", "initial"], ["Alpha Rights", "signatory"], ["Mike Network", "signatory"], ["Aardvark Latecomers", "endorsement"]];
const HIDDEN: SignatureSeed[] = [
  { orgName: "Hidden Founder", tier: "initial", status: "confirmed" },
  { orgName: "Hidden Endorser", tier: "endorsement", status: "rejected" },
  { orgName: "Hidden Plain", status: "pending_confirmation" },
];

const records = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true });

test("public CSV and JSON: a tier for every row, the rows in tier order, nothing private", async () => {
  const letter = await seedLetter(db, { signatures: [...APPROVED, ...HIDDEN] });
  const csv = await streamToString(publicCsv(letter.id));
  assert.deepEqual(records(csv).map((r) => [r.organisation, r.tier]), PUBLIC_ORDER);
  const json = JSON.parse(await streamToString(publicJson(letter)));
  assert.deepEqual(json.signatories.map((s: { name: string; tier: string }) => [s.name, s.tier]), PUBLIC_ORDER);
  assert.equal(json.count, PUBLIC_ORDER.length);
  for (const text of [csv, JSON.stringify(json)]) {
    for (const secret of ["@example.org", PRIVATE.contactName, PRIVATE.comment, "Hidden"]) assert.ok(!text.includes(secret), secret);
  }
});

test("coordinator CSV: every signature with its tier, tier after tier", async () => {
  const letter = await seedLetter(db, { signatures: [...APPROVED, ...HIDDEN] });
  const rows = records(await streamToString(coordinatorCsv(letter.id))).map((r) => [r.organisation, r.tier, r.status]);
  assert.deepEqual(rows.map(([name, tier]) => [name, tier]), [
    ["Hidden Founder", "initial"], ["Yankee Drafters", "initial"], ["Zulu Founders", "initial"],
    ["Alpha Rights", "signatory"], ["Hidden Plain", "signatory"], ["Mike Network", "signatory"],
    ["Aardvark Latecomers", "endorsement"], ["Hidden Endorser", "endorsement"],
  ]);
});

test("a tier longer than one read (500 rows) and the turn to the next tier: every row once, in order", async () => {
  const name = (i: number) => `Org ${String(i).padStart(4, "0")}`;
  const signatures: SignatureSeed[] = [
    ...Array.from({ length: 505 }, (_, i) => ({ orgName: name(i), status: "approved" })),
    ...[9001, 9000].map((i) => ({ orgName: name(i), tier: "initial", status: "approved" })),
    ...[1, 0].map((i) => ({ orgName: name(i), tier: "endorsement", status: "approved" })),
  ];
  const letter = await seedLetter(db, { signatures });
  const rows = records(await streamToString(publicCsv(letter.id))).map((r) => `${r.tier} ${r.organisation}`);
  assert.deepEqual(rows, [
    "initial Org 9000", "initial Org 9001",
    ...Array.from({ length: 505 }, (_, i) => `signatory ${name(i)}`),
    "endorsement Org 0000", "endorsement Org 0001",
  ]);
});
