import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { db } from "@/lib/db";
import { cachedPdf, preparePdf, renderAndStore } from "@/lib/export/pdf-cache";
import { pdfEdition } from "@/lib/export/pdf";
import { RenderCancelled } from "@/lib/export/pdf-render";
import { findLetterForExport } from "@/lib/export/queries";
import { authorized } from "@/lib/testing/access";
import { MIXED_SCRIPT_SIGNATORIES, seedLetter } from "@/lib/testing/seed";

const OPTIONS = { order: "alphabetical", includeType: true } as const;
const DATE = new Date("2026-03-14T12:00:00Z");

async function job(letterId: string, date = DATE) {
  const letter = (await findLetterForExport(await authorized(letterId)))!;
  const edition = await pdfEdition(letter, undefined);
  assert.ok(edition.ok);
  return preparePdf(letter, OPTIONS, edition.edition, date);
}

test("a PDF is stored once made, found again while nothing printed changes, and replaced when something does", async () => {
  const seeded = await seedLetter(db, { signatures: MIXED_SCRIPT_SIGNATORIES });
  const first = await job(seeded.id);
  assert.equal(await cachedPdf(first), null, "nothing cached yet");
  const pdf = await renderAndStore(first);
  assert.deepEqual(await cachedPdf(await job(seeded.id)), pdf, "the same content: the stored file");
  assert.notEqual((await job(seeded.id, new Date("2026-03-15T12:00:00Z"))).key, first.key, "another day prints another date");

  // A coordinator renames a signatory: no date changes in the database, but the PDF must.
  const row = await db.signature.findFirstOrThrow({ where: { letterId: seeded.id, orgName: "Marília Instituto" } });
  await db.signature.update({ where: { id: row.id }, data: { displayName: "Instituto Marília" } });
  const renamed = await job(seeded.id);
  assert.notEqual(renamed.key, first.key);
  assert.equal(await cachedPdf(renamed), null);
  await renderAndStore(renamed);
  assert.ok(!existsSync(first.file), "the outdated file of the same choice is gone");
  assert.deepEqual(readdirSync(path.dirname(renamed.file)), [path.basename(renamed.file)]);
});

test("a render nobody waits for is cancelled: the worker stops and nothing is stored", async () => {
  const seeded = await seedLetter(db, { signatures: MIXED_SCRIPT_SIGNATORIES });
  const pending = await job(seeded.id);
  const controller = new AbortController();
  const render = renderAndStore(pending, controller.signal);
  controller.abort();
  await assert.rejects(render, RenderCancelled);
  assert.equal(await cachedPdf(pending), null);
});
