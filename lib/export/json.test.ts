import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { publicJson } from "@/lib/export/json";
import { streamToString } from "@/lib/export/stream";
import { AT_RISK_SECRETS, AT_RISK_SIGNATORIES, MIXED_SCRIPT_SIGNATORIES, NON_PUBLIC_SIGNATORIES, seedLetter } from "@/lib/testing/seed";

test("public JSON: approved signatories with public fields only", async () => {
  const secrets = { contactName: "Jörg Geheim", role: "Hidden Role", comment: "Hidden comment" };
  const letter = await seedLetter(db, {
    signatures: [...MIXED_SCRIPT_SIGNATORIES, ...NON_PUBLIC_SIGNATORIES, ...AT_RISK_SIGNATORIES].map((s, i) => ({ ...s, ...secrets, email: `secret-${i}@example.org` })),
  });
  const text = await streamToString(publicJson(letter));
  const json = JSON.parse(text);

  assert.equal(json.letter.slug, letter.slug);
  assert.equal(json.letter.url, `${process.env.APP_URL}/letters/${letter.slug}`);
  const all = MIXED_SCRIPT_SIGNATORIES.length + AT_RISK_SIGNATORIES.length;
  assert.equal(json.count, all);
  assert.equal(json.signatories.length, all);
  const named = json.signatories.slice(0, MIXED_SCRIPT_SIGNATORIES.length);
  assert.deepEqual(
    named.map((s: { name: string }) => s.name).sort(),
    MIXED_SCRIPT_SIGNATORIES.map((s) => s.orgName).sort(),
  );
  for (const s of json.signatories) {
    assert.deepEqual(Object.keys(s).sort(), ["affiliation", "approvedAt", "country", "countryName", "kind", "name", "named", "orgType", "tier", "website"]);
  }
  // Signers at risk come last, counted but unnamed, the second without its country.
  assert.deepEqual(json.signatories.slice(-2).map((s: Record<string, unknown>) => [s.named, s.name, s.website, s.country, s.countryName]), [
    [false, "", null, "KE", "Kenya"],
    [false, "", null, "", ""],
  ]);
  for (const secret of ["@example.org", secrets.contactName, secrets.role, secrets.comment, ...NON_PUBLIC_SIGNATORIES.map((s) => s.orgName), ...AT_RISK_SECRETS]) {
    assert.ok(!text.includes(secret), `public JSON must not contain ${secret}`);
  }
});

test("public JSON of a letter without signatories is valid and empty", async () => {
  const letter = await seedLetter(db);
  const json = JSON.parse(await streamToString(publicJson(letter)));
  assert.deepEqual(json.signatories, []);
  assert.equal(json.count, 0);
});
