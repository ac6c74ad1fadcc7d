// The public list's pages, read from precomputed page starts instead of OFFSET, on the test
// database (SQLite, or PostgreSQL with TEST_DB=postgresql): every page holds exactly the rows
// OFFSET would give, ties in the sort key included, and a moderation change shows on the next read.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { moderateSignatures, renameSignature } from "@/lib/moderation/mutations";
import { SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { listApprovedSignatories } from "@/lib/signatures/queries";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedSignature, seedUser, type SignatureSeed } from "@/lib/testing/seed";

/** What the list showed when it was read with OFFSET: the reference every page is compared to. */
async function offsetPage(letterId: string, page: number) {
  const rows = await db.signature.findMany({
    where: { letterId, status: "approved" },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
    skip: (page - 1) * SIGNATORIES_PAGE_SIZE,
    take: SIGNATORIES_PAGE_SIZE,
    select: { id: true, orgName: true, displayName: true, country: true, orgType: true, kind: true, affiliation: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.displayName ?? r.orgName, country: r.country, orgType: r.orgType, kind: r.kind, affiliation: r.affiliation }));
}

// 250 approved rows under 7 names, so most of a page shares its sort key with the page before
// it, among rows that are never public.
const NAMES = ["Access Now", "access now", "ARTICLE 19", "Àrticle 19", "Derechos Digitales", "Zeta", "Ω Org"];
const approved = (i: number): SignatureSeed => ({ orgName: NAMES[i % NAMES.length], status: "approved" });
const hidden = ["pending_confirmation", "confirmed", "rejected", "withdrawn"].map((status): SignatureSeed => ({ orgName: "Access Now", status }));

async function tiedLetter(coordinatorId?: string) {
  return seedLetter(db, { coordinatorId, signatures: [...Array.from({ length: 250 }, (_, i) => approved(i)), ...hidden, ...hidden] });
}

test("pages 1, 2, the last and past the end hold what OFFSET gives, ties in the sort key included", async () => {
  const letter = await tiedLetter();
  const pages = await Promise.all([1, 2, 3, 4].map((page) => listApprovedSignatories(letter.id, page)));
  assert.deepEqual(pages.map((p) => p.length), [100, 100, 50, 0]);
  for (const [i, page] of pages.entries()) assert.deepEqual(page, await offsetPage(letter.id, i + 1), `page ${i + 1}`);
  assert.equal(new Set(pages.flat().map((r) => r.id)).size, 250, "no row twice, none left out");
  assert.deepEqual(await listApprovedSignatories(letter.id, 0), pages[0], "page 0 is the first page");
});

test("an empty list has one empty page and nothing after it", async () => {
  const letter = await seedLetter(db, { signatures: hidden });
  assert.deepEqual(await listApprovedSignatories(letter.id, 1), []);
  assert.deepEqual(await listApprovedSignatories(letter.id, 2), []);
});

test("approving, rejecting and renaming show on the next read of a deep page", async () => {
  const actor = await seedUser(db);
  const letter = await tiedLetter(actor.id);
  const access = await authorized(letter.id, actor);
  const same = async (note: string) => {
    for (const page of [2, 3]) assert.deepEqual(await listApprovedSignatories(letter.id, page), await offsetPage(letter.id, page), `${note}, page ${page}`);
  };
  await same("as seeded");

  // A new first row moves every page's start by one.
  const first = await seedSignature(db, letter.id, { orgName: "AAA Coalition", status: "confirmed" });
  await moderateSignatures(access, { decision: "approve", ids: [first.id], reason: null });
  await same("after an approval");
  assert.equal((await listApprovedSignatories(letter.id, 3)).length, 51);

  const pageTwo = await listApprovedSignatories(letter.id, 2);
  await moderateSignatures(access, { decision: "reject", ids: [pageTwo[0].id], reason: null });
  await same("after a rejection");

  // A rename moves a row from the end of the list to its head without changing any count.
  const last = (await listApprovedSignatories(letter.id, 3)).at(-1)!;
  await renameSignature(access, { id: last.id, displayName: "A First" });
  await same("after a rename");
  assert.equal((await listApprovedSignatories(letter.id, 1))[0].name, "A First");
});

test("the caller's version decides when the starts are read again", async () => {
  const letter = await tiedLetter();
  const before = await listApprovedSignatories(letter.id, 2, async () => "v1");
  // Written behind the app's back: under the same version the kept starts stay.
  await seedSignature(db, letter.id, { orgName: "AAA", status: "approved" });
  assert.deepEqual(await listApprovedSignatories(letter.id, 2, async () => "v1"), before);
  const after = await listApprovedSignatories(letter.id, 2, async () => "v2");
  assert.deepEqual(after, await offsetPage(letter.id, 2));
  assert.notDeepEqual(after, before);
});
