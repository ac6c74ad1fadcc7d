import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { letterStatistics } from "@/lib/signatures/statistics";
import { authorized } from "@/lib/testing/access";
import { seedLetter } from "@/lib/testing/seed";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

test("a letter's signatures by day and status, every day from the first to today, and by country", async () => {
  const letter = await seedLetter(db, {
    signatures: [
      { orgName: "A", country: "KE", status: "approved" }, { orgName: "B", country: "KE", status: "confirmed" },
      { orgName: "C", country: "FR", status: "rejected" }, { orgName: "D", country: "BR", status: "pending_confirmation" },
    ],
  });
  const rows = await db.signature.findMany({ where: { letterId: letter.id }, orderBy: { orgName: "asc" } });
  const days = ["2026-11-20", "2026-11-20", "2026-11-22", "2026-11-23"];
  for (const [i, row] of rows.entries()) await db.signature.update({ where: { id: row.id }, data: { createdAt: at(days[i]) } });

  const stats = await letterStatistics(await authorized(letter.id), at("2026-11-24"));
  assert.equal(stats.unit, "day");
  assert.deepEqual(stats.overTime.map((b) => b.start), ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]);
  assert.deepEqual(stats.overTime[0].counts, { pending_confirmation: 0, confirmed: 1, approved: 1, rejected: 0, withdrawn: 0 });
  assert.equal(stats.overTime[1].counts.approved + stats.overTime[1].counts.confirmed, 0);
  assert.equal(stats.overTime[2].counts.rejected, 1);
  assert.deepEqual(stats.byCountry.map((c) => c.country), ["KE", "BR", "FR"]);
  assert.deepEqual(stats.byCountry[0].counts, { pending_confirmation: 0, confirmed: 1, approved: 1, rejected: 0, withdrawn: 0 });
  assert.equal(stats.otherCountries, null);
});

test("over two months the bars are weeks from Monday; an empty letter has none", async () => {
  const letter = await seedLetter(db, { signatures: [{ orgName: "A", status: "approved" }, { orgName: "B", status: "approved" }] });
  const rows = await db.signature.findMany({ where: { letterId: letter.id } });
  await db.signature.update({ where: { id: rows[0].id }, data: { createdAt: at("2026-08-05") } }); // a Wednesday
  await db.signature.update({ where: { id: rows[1].id }, data: { createdAt: at("2026-11-24") } });
  const stats = await letterStatistics(await authorized(letter.id), at("2026-11-24"));
  assert.equal(stats.unit, "week");
  assert.equal(stats.overTime[0].start, "2026-08-03");
  assert.equal(stats.overTime.reduce((n, b) => n + b.counts.approved, 0), 2);
  const empty = await seedLetter(db);
  assert.deepEqual((await letterStatistics(await authorized(empty.id))).overTime, []);
});
