// The public list in tiers (initial signatories, signatories, joined after delivery), on the test
// database (SQLite, or PostgreSQL with TEST_DB=postgresql): each page holds exactly the rows the
// whole list, ordered by tier then name and cut into pages of 100, would give it, a page that
// crosses from one tier to the next included; each tier comes with its count and each section of a
// page with the place of its first row in its tier.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { moderateSignatures } from "@/lib/moderation/mutations";
import { approvedListPage, listApprovedSignatories } from "@/lib/signatures/queries";
import { showsTiers, TIERS } from "@/lib/signatures/tier-order";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser, type SignatureSeed } from "@/lib/testing/seed";

/** The whole approved list in its order, tier by tier, each tier read alphabetically by the database. */
async function wholeList(letterId: string) {
  const rows = [];
  for (const tier of TIERS) {
    rows.push(...(await db.signature.findMany({
      where: { letterId, status: "approved", tier },
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      select: { id: true, orgName: true, displayName: true, country: true, orgType: true, kind: true, affiliation: true },
    })).map((r) => ({ id: r.id, name: r.displayName ?? r.orgName, country: r.country, orgType: r.orgType, kind: r.kind, affiliation: r.affiliation })));
  }
  return rows;
}

// Names shared across tiers and tied within them, so a page start must say which tier it is in.
const NAMES = ["Access Now", "access now", "ARTICLE 19", "Derechos Digitales", "Zeta"];
const seeds = (tier: string, n: number, status = "approved"): SignatureSeed[] =>
  Array.from({ length: n }, (_, i) => ({ orgName: NAMES[i % NAMES.length], tier, status }));
const hidden = ["confirmed", "rejected", "withdrawn"].flatMap((status) => TIERS.flatMap((tier) => seeds(tier, 2, status)));

async function tieredLetter(coordinatorId?: string) {
  return seedLetter(db, { coordinatorId, signatures: [...seeds("endorsement", 50), ...seeds("signatory", 40), ...seeds("initial", 130), ...hidden] });
}

test("tiers in order with their counts; a page crossing tiers holds the tail of one and the head of the next", async () => {
  const letter = await tieredLetter();
  const whole = await wholeList(letter.id);
  const pages = await Promise.all([1, 2, 3, 4].map((page) => approvedListPage(letter.id, page)));
  assert.deepEqual(pages[0].tiers, [{ tier: "initial", count: 130 }, { tier: "signatory", count: 40 }, { tier: "endorsement", count: 50 }]);
  assert.ok(showsTiers(pages[0].tiers));
  const shape = pages.map((p) => p.sections.map((s) => [s.tier, s.count, s.first, s.signatories.length]));
  assert.deepEqual(shape, [
    [["initial", 130, 1, 100]],
    [["initial", 130, 101, 30], ["signatory", 40, 1, 40], ["endorsement", 50, 1, 30]],
    [["endorsement", 50, 31, 20]],
    [],
  ]);
  for (const [i, page] of pages.entries()) {
    const rows = page.sections.flatMap((s) => s.signatories);
    assert.deepEqual(rows, whole.slice(i * SIGNATORIES_PAGE_SIZE, (i + 1) * SIGNATORIES_PAGE_SIZE), `page ${i + 1}`);
  }
  assert.equal(new Set(whole.map((r) => r.id)).size, 220, "every approved row once");
});

test("a letter of plain signatories has one tier and no headings, and reads as before", async () => {
  const letter = await seedLetter(db, { signatures: [...seeds("signatory", 120), ...hidden] });
  const page = await approvedListPage(letter.id, 2);
  assert.deepEqual(page.tiers, [{ tier: "signatory", count: 120 }]);
  assert.equal(showsTiers(page.tiers), false);
  assert.deepEqual(page.sections.map((s) => [s.tier, s.first, s.signatories.length]), [["signatory", 101, 20]]);
  assert.deepEqual(page.sections[0].signatories, (await wholeList(letter.id)).slice(100));
});

test("only endorsements still get their heading; an empty list has no tier", async () => {
  const letter = await seedLetter(db, { status: "delivered", signatures: seeds("endorsement", 3) });
  const page = await approvedListPage(letter.id, 1);
  assert.deepEqual(page.tiers, [{ tier: "endorsement", count: 3 }]);
  assert.ok(showsTiers(page.tiers));
  const empty = await seedLetter(db, { signatures: hidden });
  assert.deepEqual(await approvedListPage(empty.id, 1), { tiers: [], sections: [] });
});

test("an approval in the first tier moves the boundary on every later page at the next read", async () => {
  const actor = await seedUser(db);
  const letter = await tieredLetter(actor.id);
  const same = async (note: string) => {
    const whole = await wholeList(letter.id);
    for (const page of [1, 2, 3]) {
      assert.deepEqual(await listApprovedSignatories(letter.id, page), whole.slice((page - 1) * 100, page * 100), `${note}, page ${page}`);
    }
  };
  await same("as seeded");
  const early = await seedSignature(db, letter.id, { orgName: "Zzz Late Founder", tier: "initial", status: "confirmed" });
  await moderateSignatures(await authorized(letter.id, actor), { decision: "approve", ids: [early.id], reason: null });
  await same("after an approval");
  const second = await approvedListPage(letter.id, 2);
  assert.deepEqual(second.sections.map((s) => [s.tier, s.count, s.first, s.signatories.length]), [["initial", 131, 101, 31], ["signatory", 40, 1, 40], ["endorsement", 50, 1, 29]]);
  assert.equal(second.sections[0].signatories.at(-1)!.name, "Zzz Late Founder", "the new founder ends the first tier");
});
