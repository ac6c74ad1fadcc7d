/**
 * A delivery on record: a coordinator records it (form, then a confirmation step that writes nothing),
 * the letter page says "Delivered to … on …", and a reader checks the delivered PDF on the public
 * delivery page, by upload (the same file matches, another does not) and by its pasted SHA-256.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { seedLetter } from "../lib/testing/seed";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { appDb } from "./support/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";

const RECIPIENT = "Office of the Secretary-General, ITU";

test("a coordinator records a delivery; the letter page shows it; a reader verifies the delivered PDF", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const db = await appDb();
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedLetter(db, {
    coordinatorId: coordinator.id,
    signatures: [
      { orgName: "Alpha Institute", status: "approved", country: "KE" },
      { orgName: "Beta Union", status: "approved", country: "BR", email: "beta-private@example.org", contactName: "Private Person" },
      { orgName: "Gamma Awaiting", status: "confirmed" },
      // A signer at risk: counted and delivered, never named in the public record or its PDF.
      { orgName: "Aardvark Hidden Defenders", status: "approved", country: "KE", website: "https://aardvark-hidden.example", hideName: true },
    ],
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);

  // The overview offers "Record a delivery" where "Mark as delivered" was.
  await page.goto(`/en/coordinator/letters/${letter.id}`);
  await expect(page.getByRole("button", { name: /delivered/i })).toHaveCount(0);
  await page.getByRole("link", { name: "Record a delivery" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Record a delivery");
  await expect(page.locator("[data-at-risk-note]")).toContainText("never names signers at risk");
  await expectNoSeriousAxeProblems(page);

  // An empty recipient is refused next to its field.
  await page.getByRole("button", { name: "Review before recording" }).click();
  await expect(page.locator("#delivery-recipient-error")).toBeVisible();

  await page.getByLabel("Delivered to").fill(RECIPIENT);
  await page.getByLabel("By hand").check();
  await page.getByLabel("Reference (optional)").fill("SG/2026/117");
  await page.getByLabel("Note for coordinators (optional)").fill("Handed over by Ana at the front desk");
  await page.getByLabel("Keep the letter open for endorsements after delivery").check();
  await page.getByRole("button", { name: "Review before recording" }).click();

  // The confirmation step shows what will be frozen, and has written nothing yet.
  await expect(page.getByRole("heading", { name: "Check before recording" })).toBeVisible();
  await expect(page.locator('[data-frozen="count"]')).toHaveText("3 approved signatories");
  await expect(page.locator('[data-frozen="version"]')).toContainText("Version 1 of the text");
  expect(await db.delivery.count({ where: { letterId: letter.id } })).toBe(0);
  await expectNoSeriousAxeProblems(page);
  await page.getByRole("button", { name: "Confirm and record the delivery" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Delivered" })).toBeVisible();
  await expect(page.locator(".badge")).toHaveText("Delivered");

  // The letter page: "Delivered to … on …", with the PDF and the delivery's record.
  const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date());
  await page.goto(`/en/letters/${letter.slug}`);
  const summary = page.locator("[data-deliveries]");
  await expect(summary).toContainText(`Delivered to ${RECIPIENT} on ${today}.`);
  await expect(summary.getByRole("link", { name: "The letter as delivered (PDF)" })).toHaveAttribute("href", `/en/letters/${letter.slug}/deliveries/1/letter.pdf`);
  // Kept open for endorsements: the letter still takes signatures.
  await expect(page.getByLabel("Organisation name")).toBeVisible();
  await expectNoSeriousAxeProblems(page);
  await summary.getByRole("link", { name: "Delivery record and how to check it" }).click();

  // The public delivery page: the facts, the list, the hashes; never the note or private data.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(letter.title);
  const main = page.locator("main");
  await expect(main).toContainText(RECIPIENT);
  await expect(main).toContainText("By hand");
  await expect(main).toContainText("SG/2026/117");
  await expect(page.locator("[data-count]")).toHaveText("3");
  await expect(page.locator("#signatories li")).toHaveText([/Alpha Institute/, /Beta Union/, /^An organisation from Kenya/]);
  const body = await page.content();
  expect(body).not.toContain("Handed over by Ana");
  expect(body).not.toContain("beta-private@example.org");
  expect(body).not.toContain("Private Person");
  expect(body).not.toContain("Gamma Awaiting");
  expect(body).not.toContain("Aardvark Hidden");
  expect(body).not.toContain("aardvark-hidden.example");
  await expectNoSeriousAxeProblems(page);

  // The PDF as delivered is the file whose SHA-256 the page shows.
  const shown = (await page.locator('[data-hash="pdf"]').textContent())!;
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the PDF as delivered" }).click()]);
  const file = (await download.path())!;
  expect(download.suggestedFilename()).toBe(`${letter.slug}-delivery-1.pdf`);
  expect(createHash("sha256").update(readFileSync(file)).digest("hex")).toBe(shown);
  // The delivered PDF is public: it counts the signer at risk, unnamed.
  const pdfText = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(pdfText).toContain("An organisation from Kenya");
  expect(pdfText).not.toContain("Aardvark");

  // A reader uploads it: it matches. Another file does not.
  await page.getByLabel("PDF file").setInputFiles(file);
  await page.getByRole("button", { name: "Check this file" }).click();
  await expect(page.locator('[data-verdict="match"]')).toContainText("It matches. This is the PDF of delivery 1");
  await expect(page.locator('[data-verdict="match"] code')).toHaveText(shown);
  await page.getByLabel("PDF file").setInputFiles({ name: "edited.pdf", mimeType: "application/pdf", buffer: Buffer.concat([readFileSync(file), Buffer.from("\n")]) });
  await page.getByRole("button", { name: "Check this file" }).click();
  await expect(page.locator('[data-verdict="none"]')).toContainText("No match.");
  await expectNoSeriousAxeProblems(page);

  // A pasted SHA-256 (as sha256sum prints it) is checked the same way, without any upload.
  await page.getByLabel("SHA-256 fingerprint").fill(`${shown.toUpperCase()}  letter.pdf`);
  await page.getByRole("button", { name: "Check this fingerprint" }).click();
  await expect(page.locator('[data-verdict="match"]')).toBeVisible();
  await page.getByLabel("SHA-256 fingerprint").fill("not a hash");
  await page.getByRole("button", { name: "Check this fingerprint" }).click();
  await expect(page.locator('[data-verdict="invalid"]')).toBeVisible();

  // Nothing delivered changes: a later rejection leaves the record and its hashes as they were.
  const beta = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, orgName: "Beta Union" } });
  await db.$transaction([
    db.signature.update({ where: { id: beta.id }, data: { status: "rejected" } }),
    db.letter.update({ where: { id: letter.id }, data: { approvedCount: { decrement: 1 }, revision: { increment: 1 } } }),
  ]);
  await page.reload();
  await expect(page.locator("#signatories li")).toHaveText([/Alpha Institute/, /Beta Union/, /^An organisation from Kenya/]);
  await expect(page.locator('[data-hash="pdf"]')).toHaveText(shown);
});

test("without JavaScript the delivery page still checks a file", async ({ browser }) => {
  const db = await appDb();
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedLetter(db, { coordinatorId: coordinator.id, signatures: [{ orgName: "Solo Org", status: "approved" }] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: test.info().project.use.baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`/en/coordinator/letters/${letter.id}/deliveries/new`);
  await page.getByLabel("Delivered to").fill(RECIPIENT);
  await page.getByRole("button", { name: "Review before recording" }).click();
  await page.getByRole("button", { name: "Confirm and record the delivery" }).click();
  await expect(page.locator(".badge")).toHaveText("Delivered");
  await page.goto(`/en/letters/${letter.slug}/deliveries/1`);
  await page.getByLabel("PDF file").setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 something else") });
  await page.getByRole("button", { name: "Check this file" }).click();
  await expect(page.locator('[data-verdict="none"]')).toBeVisible();
  await context.close();
});
