/**
 * Individuals beside organisations (issue 13, item 3): a coordinator lets a letter take individuals;
 * a person signs in their own name on a letter for both, with and without JavaScript; the letter's
 * page counts and lists organisations and individuals apart. The data rules (refusals, exports,
 * a change of setting) are integration tests on both databases (lib/signatures/individuals.test.ts).
 */
import { expect, test, type Page } from "@playwright/test";
import { seedLetter, uniqueEmail } from "../lib/testing/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";

/** Chooses "as an individual" and fills a person's answers (the organisation's fields are then hidden). */
async function signAsIndividual(page: Page, answers: { name: string; affiliation?: string; email: string }) {
  await page.getByRole("radio", { name: "I sign as an individual" }).check();
  await expect(page.getByLabel("Organisation type")).toBeHidden();
  await expect(page.getByLabel(/^Contact name/)).toBeHidden();
  await page.getByLabel("Your name").fill(answers.name);
  if (answers.affiliation) await page.getByLabel(/^Affiliation/).fill(answers.affiliation);
  await page.getByLabel("Country", { exact: true }).selectOption({ value: "SN" });
  await page.getByLabel(/^Email/).fill(answers.email);
  await page.getByRole("checkbox", { name: /^I sign in my own name/ }).check();
}

test("a coordinator lets a letter take individuals; a person signs; the page lists organisations and individuals apart", async ({ page, context, baseURL, request }) => {
  test.setTimeout(120_000);
  const db = await appDb();
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedLetter(db, {
    coordinatorId: coordinator.id,
    signatures: [
      { orgName: "Kenya ICT Action Network", country: "KE", status: "approved" },
      { kind: "individual", orgName: "Amina Diallo", affiliation: "Université Cheikh Anta Diop", orgType: "", country: "SN", status: "approved" },
    ],
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);

  // The coordinator's setting, on the letter's edit form.
  const edit = `/en/coordinator/letters/${letter.id}/edit`;
  await page.goto(edit);
  const who = page.getByRole("group", { name: "Who may sign" });
  await expect(who.getByRole("radio", { name: "Organisations only" })).toBeChecked();
  await who.getByRole("radio", { name: "Organisations and individuals" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  // (The seeded text is saved as a new version: the notice says so.)
  await expect(page.getByRole("status").filter({ hasText: /^Changes saved/ })).toBeVisible();
  await page.goto(edit);
  await expect(page.getByRole("group", { name: "Who may sign" }).getByRole("radio", { name: "Organisations and individuals" })).toBeChecked();
  await expectNoSeriousAxeProblems(page);

  // The public page: two counts, two lists, an individual with their affiliation "for identification only".
  await page.goto(`/en/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { name: "Organisations (1)", level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Individuals (1)", level: 3 })).toBeVisible();
  await expect(page.getByText("1 individual from 1 country")).toBeVisible();
  await expect(page.getByText("1 organisation from 1 country")).toBeVisible();
  const people = page.getByRole("list", { name: "Individual signatories" });
  await expect(people.getByRole("listitem")).toHaveCount(1);
  await expect(people.getByRole("listitem")).toContainText("Amina Diallo");
  await expect(people.getByRole("listitem")).toContainText("Université Cheikh Anta Diop (for identification only)");
  await expect(page.getByRole("list", { name: "Signatory organisations" }).getByRole("listitem")).toHaveText(/Kenya ICT Action Network/);
  await expect(page.getByRole("radio", { name: "I sign as an organisation" })).toBeChecked();
  await expectNoSeriousAxeProblems(page);

  // A person signs with JavaScript: the form takes them in place; the mail speaks of a person.
  const email = uniqueEmail("person");
  await signAsIndividual(page, { name: "Li Wei", affiliation: "Tsinghua University", email });
  await expectNoSeriousAxeProblems(page);
  await page.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible({ timeout: 30_000 });
  const mail = await waitForMail(request, { to: email });
  expect(mail.text).toContain("in their own name");
  expect(mail.text).toContain("Tsinghua University");
  // The confirm page shows what the person signs as: their name and affiliation, no organisation type.
  await page.goto(linkById(mail, "confirm-link"));
  await expect(page.locator("dl")).toContainText("Your name");
  await expect(page.locator("dl")).toContainText("Tsinghua University (for identification only)");
  await expect(page.locator("dl")).not.toContainText("Organisation type");
  const row = await db.signature.findFirstOrThrow({ where: { letterId: letter.id, emailCanonical: email } });
  expect([row.kind, row.orgName, row.affiliation, row.contactName, row.orgType]).toEqual(["individual", "Li Wei", "Tsinghua University", "Li Wei", ""]);

  // The review queue says it is an individual's, with the affiliation.
  await page.goto(`/en/coordinator/letters/${letter.id}/signatures?status=all`);
  const queued = page.locator(`tr[data-signature-id="${row.id}"]`);
  await expect(queued).toContainText("Individual");
  await expect(queued).toContainText("Tsinghua University (for identification only)");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a person signs a letter for both: the choice shows their fields, the server checks them and answers next to them", async ({ page, request }) => {
    const letter = await seedLetter(await appDb(), { signerKinds: "both" });
    await page.goto(`/en/letters/${letter.slug}`);
    const email = uniqueEmail("nojs-person");
    await signAsIndividual(page, { name: "", email });
    await page.getByRole("button", { name: "Sign the letter" }).click();
    // The server's answer: only the person's missing name, in their words, next to the field; the choice is kept.
    await expect(page.getByRole("radio", { name: "I sign as an individual" })).toBeChecked();
    const name = page.getByLabel("Your name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#sign-name-error")).toHaveText("Enter your name.");
    await expect(page.getByRole("alert").filter({ hasText: "Choose the type of organisation." })).toHaveCount(0);
    await expect(page.getByLabel(/^Email/)).toHaveValue(email);
    await name.fill("Fatou Sow");
    await page.getByRole("checkbox", { name: /^I sign in my own name/ }).check();
    await page.getByRole("button", { name: "Sign the letter" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/letters/${letter.slug}/signed$`));
    await waitForMail(request, { to: email });
    const row = await (await appDb()).signature.findFirstOrThrow({ where: { letterId: letter.id, emailCanonical: email } });
    expect([row.kind, row.orgName, row.affiliation]).toEqual(["individual", "Fatou Sow", null]);
  });
});
