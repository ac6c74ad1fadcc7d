import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { publicVersion } from "@/lib/letters/queries";
import { supportBreadth } from "@/lib/signatures/breadth";
import { seedLetter } from "@/lib/testing/seed";

const counts = <K extends string>(rows: ({ count: number } & Record<string, unknown>)[], key: K) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r[key] as string, r.count]));

test("the breadth of support counts the approved signatories by country, ITU region and stakeholder group", async () => {
  const letter = await seedLetter(db, {
    signatures: [
      { orgName: "Kenya ICT Action Network", country: "KE", orgType: "civil_society", status: "approved" },
      { orgName: "Arab Digital Rights", country: "EG", orgType: "civil_society", status: "approved" },
      { orgName: "La Quadrature", country: "FR", orgType: "civil_society", status: "approved" },
      { orgName: "Université de Lyon", country: "FR", orgType: "academic", status: "approved" },
      { orgName: "Instituto Brasil", country: "BR", orgType: "technical", status: "approved" },
      { orgName: "Pending Org", country: "RU", orgType: "private_sector", status: "confirmed" },
      { orgName: "Rejected Org", country: "CN", orgType: "other", status: "rejected" },
    ],
  });
  const breadth = await supportBreadth(letter.id);
  assert.equal(breadth.total, 5);
  assert.equal(breadth.countries, 4);
  assert.deepEqual(counts(breadth.regions, "region"), { africa: 1, americas: 1, arab_states: 1, europe: 2 });
  assert.deepEqual(counts(breadth.groups, "group"), { civil_society: 3, academic: 1, technical: 1 });
  // Every region and group is listed, in a fixed order, so the page's tables do not move about.
  assert.deepEqual(breadth.regions.map((r) => r.region), ["africa", "americas", "arab_states", "asia_pacific", "cis", "europe"]);
});

test("an approval shows in the breadth once the letter's public version moves, and not before", async () => {
  const letter = await seedLetter(db, { signatures: [{ orgName: "A", country: "IN", status: "approved" }, { orgName: "B", country: "RU", status: "confirmed" }] });
  const before = await supportBreadth(letter.id);
  assert.deepEqual(counts(before.regions, "region"), { asia_pacific: 1 });
  const pending = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, status: "confirmed" } });
  await db.signature.update({ where: { id: pending.id }, data: { status: "approved" } });
  await db.letter.update({ where: { id: letter.id }, data: { revision: { increment: 1 }, approvedCount: { increment: 1 } } });
  const after = await supportBreadth(letter.id, (await publicVersion(letter.id))!);
  assert.deepEqual(counts(after.regions, "region"), { asia_pacific: 1, cis: 1 });
  assert.equal(after.countries, 2);
});
