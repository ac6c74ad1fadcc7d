import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { MIXED_SCRIPT_SIGNATORIES, seedLetter } from "../lib/testing/seed";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { appDb } from "./support/seed";

// The coordinators' PDF from the built app (`next build` + `next start`): the Typst worker and its
// native compiler must load outside Next's bundle. Read back with poppler's pdftotext.
const dir = mkdtempSync(path.join(tmpdir(), "undersigned-e2e-pdf-"));
const text = (pdf: Buffer, name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
};

test("a coordinator downloads the letter's PDF with every signatory, in every script, and again from the cache", async ({ request }) => {
  const db = await appDb();
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedLetter(db, { title: "Keep the Internet open", coordinatorId: coordinator.id, signatures: MIXED_SCRIPT_SIGNATORIES });
  const headers = { cookie: `${SESSION_COOKIE}=${coordinator.sessionToken}` };
  const url = `/en/coordinator/letters/${letter.id}/export/pdf?order=alphabetical&includeType=1`;

  const first = await request.get(url, { headers });
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/pdf");
  expect(first.headers()["content-disposition"]).toContain(`${letter.slug}.pdf`);
  const printed = text(await first.body(), "first.pdf");
  expect(printed).toContain("Keep the Internet open");
  expect(printed).toContain("Signatories (6)");
  for (const { orgName } of MIXED_SCRIPT_SIGNATORIES) expect(printed).toContain(orgName);
  expect(printed).toMatch(/Page 1 of \d+/);

  // Nothing changed: the same file again.
  const second = await request.get(url, { headers });
  expect(second.status()).toBe(200);
  expect(Buffer.compare(await second.body(), await first.body())).toBe(0);

  // A signatory renamed by a coordinator: the next download prints the new name.
  const signature = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, orgName: "Marília Instituto" } });
  await db.signature.update({ where: { id: signature.id }, data: { displayName: "Instituto Marília" } });
  const third = text(await (await request.get(url, { headers })).body(), "third.pdf");
  expect(third).toContain("Instituto Marília");
  expect(third).not.toContain("Marília Instituto");
});

test("a coordinator who gives up on a long PDF is not held by it: their next PDF is not refused as busy", async ({ request }) => {
  const db = await appDb();
  const coordinator = await seedUserWithSession("coordinator");
  // Long enough that no machine typesets it within the half second the coordinator waits.
  const signatures = Array.from({ length: 8000 }, (_, i) => ({ orgName: `Organisation ${i} ${MIXED_SCRIPT_SIGNATORIES[i % 6].orgName}`, country: "FR", status: "approved" }));
  const letter = await seedLetter(db, { coordinatorId: coordinator.id, signatures });
  const headers = { cookie: `${SESSION_COOKIE}=${coordinator.sessionToken}` };
  const base = `/en/coordinator/letters/${letter.id}/export/pdf`;

  // The coordinator closes the download long before 8,000 rows are typeset.
  await expect(request.get(`${base}?order=alphabetical`, { headers, timeout: 500 })).rejects.toThrow(/timeout/i);
  // Had the abandoned render kept its place, another PDF of theirs would be refused (one per coordinator).
  const next = await request.get(`${base}?order=country`, { headers });
  expect(next.status()).toBe(200);
  expect(text(await next.body(), "after-cancel.pdf")).toContain("Signatories (8,000)");
});
