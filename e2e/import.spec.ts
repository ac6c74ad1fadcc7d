/**
 * Signatures that arrived elsewhere, in a browser: a CSV with one bad row is previewed with the
 * problem next to that row and no import button; fixed, it imports, and the queue shows the rows
 * with their source. A signature added by hand shows its note too. Axe on both new pages.
 * The data rules (all or nothing, duplicates, mail) have integration tests on both databases.
 */
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeProblems } from "./support/axe";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession } from "./support/coordinator-seed";

test("a coordinator imports a CSV after fixing the row the preview flagged, and adds one signature by hand", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const tag = Date.now().toString(36);

  await page.goto(`/en/coordinator/letters/${letter.id}/signatures`);
  await page.getByRole("link", { name: "Import from a CSV file" }).click();
  await expect(page.getByRole("heading", { name: "Import signatures from a CSV file", level: 1 })).toBeVisible();
  await expectNoSeriousAxeProblems(page);
  // The template downloads with its header.
  const template = await page.request.get(`/en/coordinator/letters/${letter.id}/signatures/import/template`);
  expect(await template.text()).toContain("organisation,country,organisation_type,contact_name,email");

  const rows = (country: string) => [
    "organisation,country,organisation_type,contact_name,email",
    `"Open Net, Africa",KE,civil_society,Amina,amina-${tag}@opennet.example`,
    `数字权利中心,${country},academic,李华,li-${tag}@example.cn`,
    `جمعية الإنترنت,مصر,civil_society,سارة,sara-${tag}@example.eg`,
  ].join("\r\n");
  await page.getByLabel("CSV file", { exact: true }).setInputFiles({ name: "signatures.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${rows("Atlantis")}\r\n`) });
  await page.getByLabel("Record it as confirmed by me").check();
  await page.getByLabel("Where it came from").fill("emails of 3 March");
  await page.getByRole("button", { name: "Check the file" }).click();

  const report = page.locator("#report");
  await expect(report.getByText("3 rows, 1 with a problem.")).toBeVisible();
  const bad = report.locator('tr[data-line="3"]');
  await expect(bad).toHaveAttribute("data-state", "error");
  await expect(bad.locator('td[data-column="country"]')).toContainText("Atlantis");
  await expect(bad.locator('td[data-column="country"] .field-error')).toBeVisible();
  await expect(report.locator('tr[data-line="2"] td[data-column="organisation"]')).toHaveText("Open Net, Africa");
  await expect(report.locator('tr[data-line="4"]')).toHaveAttribute("data-state", "ok");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

  // Fixed in the text the preview kept, checked again: now it may be imported.
  const text = page.getByLabel("Or paste the CSV text");
  await expect(text).toHaveValue(/Atlantis/);
  await text.fill(rows("China"));
  await page.getByLabel("Record it as confirmed by me").check();
  await page.getByLabel("Where it came from").fill("emails of 3 March");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(report.getByText("3 rows, none with a problem.")).toBeVisible();
  await page.getByRole("button", { name: "Import 3 signatures" }).click();

  await expect(page.getByRole("status").filter({ hasText: "3 signatures imported." })).toBeVisible();
  for (const name of ["Open Net, Africa", "数字权利中心", "جمعية الإنترنت"]) {
    const row = page.locator("tr", { has: page.getByText(name, { exact: true }) });
    await expect(row.locator('[data-source="import"]')).toHaveText("Imported: emails of 3 March");
    await expect(row.getByText("Approved")).toBeVisible();
  }

  // One by hand, to be confirmed by the contact.
  await page.getByRole("link", { name: "Add a signature" }).click();
  await expect(page.getByRole("heading", { name: "Add a signature", level: 1 })).toBeVisible();
  await expectNoSeriousAxeProblems(page);
  await page.getByLabel("Name of the organisation (or of the person)").fill("Réseau Numérique");
  await page.getByLabel("Country", { exact: true }).selectOption("FR");
  await page.getByLabel("Type of organisation").selectOption("academic");
  await page.getByLabel("Contact person").fill("Claire");
  await page.getByLabel("Contact's email address").fill(`amina-${tag}@opennet.example`);
  await page.getByLabel("Where it came from").fill("letter of 2 May");
  await page.getByRole("button", { name: "Add the signature" }).click();
  // That address already signed (imported above): said next to the field, nothing added.
  await expect(page.getByText("This email address has already signed this letter.")).toBeVisible();
  await page.getByLabel("Contact's email address").fill(`claire-${tag}@example.fr`);
  await page.getByRole("button", { name: "Add the signature" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The signature is added." })).toBeVisible();
  const added = page.locator("tr", { has: page.getByText("Réseau Numérique", { exact: true }) });
  await expect(added.locator('[data-source="manual"]')).toHaveText("Added by a coordinator: letter of 2 May");
  await expect(added.getByText("Awaiting email confirmation")).toBeVisible();
});

test("without JavaScript: the preview and the import are plain form posts", async ({ browser, baseURL }) => {
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  await page.goto(`/en/coordinator/letters/${letter.id}/signatures/import`);
  await page.getByLabel("Or paste the CSV text").fill(`organisation,country,contact_name,email,organisation_type\nАссоциация «Сеть»,Россия,Иван,ivan-${Date.now()}@example.ru,technical`);
  await page.getByLabel("Where it came from").fill("paper forms, meeting of 2 May");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.locator('#report tr[data-line="2"] td[data-column="country"]')).toHaveText("Россия");
  await page.getByRole("button", { name: "Import 1 signature" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 signature imported." })).toBeVisible();
  await expect(page.locator("tr", { has: page.getByText("Ассоциация «Сеть»", { exact: true }) }).locator('[data-source="import"]'))
    .toHaveText("Imported: paper forms, meeting of 2 May");
  await context.close();
});
