import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedLetter, uniqueEmail } from "../lib/testing/seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";

type Answers = { orgName: string; email: string; contactName: string; website: string };

const answers = (prefix: string): Answers => ({
  orgName: `${prefix} Digital Rights Network ${Date.now().toString(36)}`,
  email: uniqueEmail(prefix),
  contactName: "Wanjiru Kamau",
  website: "https://example.org",
});

// Labels are matched from their start: the consent text also mentions "email" and "organisation".
async function fillSignForm(page: Page, a: Answers) {
  await page.getByLabel(/^Organisation name/).fill(a.orgName);
  await page.getByLabel(/^Country/).selectOption({ label: "Kenya" });
  await page.getByLabel(/^Organisation type/).selectOption({ label: "Civil society / NGO" });
  await page.getByLabel(/^Website/).fill(a.website);
  await page.getByLabel(/^Contact name/).fill(a.contactName);
  await page.getByLabel(/^Email/).fill(a.email);
  await page.getByLabel(/^I confirm/).check();
}

async function signAndConfirm(page: Page, request: Parameters<typeof waitForMail>[0], prefix: string) {
  const letter = await seedLetter(await appDb());
  const a = answers(prefix);

  await page.goto(`/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(letter.title);
  await fillSignForm(page, a);
  await page.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible();

  const mail = await waitForMail(request, { to: a.email });
  const confirmUrl = linkById(mail, "confirm-link");
  expect(new URL(confirmUrl).pathname).toMatch(/^\/confirm\/[^/]+$/);

  await page.goto(confirmUrl);
  await expect(page.getByText(a.orgName)).toBeVisible();
  await page.getByRole("button", { name: "Confirm signature" }).click();
  // A heading, not any text: the page before the click may mention confirming too.
  await expect(page.getByRole("heading", { name: /confirmed/i })).toBeVisible();
}

test("an organisation signs a letter and confirms by email", async ({ page, request }) => {
  await signAndConfirm(page, request, "js");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organisation signs and confirms with plain HTML forms", async ({ page, request }) => {
    await signAndConfirm(page, request, "nojs");
  });
});

test("a missing organisation name is explained next to the field and other answers are kept", async ({ page }) => {
  const letter = await seedLetter(await appDb());
  const a = answers("invalid");
  await page.goto(`/letters/${letter.slug}`);
  await fillSignForm(page, { ...a, orgName: "" });
  await page.getByRole("button", { name: "Sign the letter" }).click();

  const orgName = page.getByLabel(/^Organisation name/);
  await expect(orgName).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await orgName.getAttribute("aria-describedby")) ?? "";
  const messages = describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`));
  const texts = await Promise.all(messages.map((m) => m.textContent()));
  expect(texts.join(" ")).toMatch(/organisation/i);

  await expect(page.getByLabel(/^Email/)).toHaveValue(a.email);
  await expect(page.getByLabel(/^Contact name/)).toHaveValue(a.contactName);
  await expect(page.getByLabel(/^Country/)).toHaveValue(/.+/);
  await expect(page.getByLabel(/^Country/).locator("option:checked")).toHaveText("Kenya");
});

test("the letter page with its form has no serious accessibility problems", async ({ page }) => {
  const letter = await seedLetter(await appDb());
  await page.goto(`/letters/${letter.slug}`);
  await expect(page.getByRole("button", { name: "Sign the letter" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
