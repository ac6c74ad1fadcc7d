import { expect, test, type Page } from "@playwright/test";
import { seedLetter, uniqueEmail } from "../lib/testing/seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";
import { SignForm, type SignAnswers } from "./support/sign-form";
import { expectNoSeriousAxeProblems } from "./support/axe";

const answers = (prefix: string): SignAnswers => ({
  orgName: `${prefix} Digital Rights Network ${Date.now().toString(36)}`,
  email: uniqueEmail(prefix),
  contactName: "Wanjiru Kamau",
  website: "https://example.org",
});

async function signAndConfirm(page: Page, request: Parameters<typeof waitForMail>[0], prefix: string, javaScript: boolean) {
  const letter = await seedLetter(await appDb());
  const a = answers(prefix);
  const form = new SignForm(page);

  await form.open(letter.slug);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(letter.title);
  await form.fill(a);
  await form.submit();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible();
  // With JavaScript the answer takes the form's place, focused so it is read out; without, its own page.
  if (javaScript) await expect(page.getByRole("region", { name: /check your inbox/i })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/en/letters/${letter.slug}${javaScript ? "$" : "/signed"}`));

  const mail = await waitForMail(request, { to: a.email });
  const confirmUrl = linkById(mail, "confirm-link");
  // In the signer's language: they signed on the English page.
  expect.soft(new URL(confirmUrl).pathname).toMatch(/^\/en\/confirm\/[^/]+$/);

  await page.goto(confirmUrl);
  await expect(page.getByText(a.orgName)).toBeVisible();
  await page.getByRole("button", { name: "Confirm signature" }).click();
  // A heading, not any text: the page before the click may mention confirming too.
  await expect(page.getByRole("heading", { name: /confirmed/i })).toBeVisible();
}

test("an organisation signs a letter and confirms by email", async ({ page, request }) => {
  await signAndConfirm(page, request, "js", true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organisation signs and confirms with plain HTML forms", async ({ page, request }) => {
    await signAndConfirm(page, request, "nojs", false);
  });
});

test("a missing organisation name is explained next to the field and other answers are kept", async ({ page }) => {
  const letter = await seedLetter(await appDb());
  const a = answers("invalid");
  const form = new SignForm(page);
  await form.open(letter.slug);
  await form.fill({ ...a, orgName: "" });
  await form.submit();

  const { orgName } = form;
  await expect(orgName).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await orgName.getAttribute("aria-describedby")) ?? "";
  const messages = describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`));
  const texts = await Promise.all(messages.map((m) => m.textContent()));
  expect(texts.join(" ")).toMatch(/organisation/i);

  await expect(form.email).toHaveValue(a.email);
  await expect(form.contactName).toHaveValue(a.contactName);
  await expect(form.country).toHaveValue(/.+/);
  await expect(form.country.locator("option:checked")).toHaveText("Kenya");
});

test("the letter page with its form has no serious accessibility problems", async ({ page }) => {
  test.skip(process.env.E2E_DB === "postgresql", "the same page whatever the database: checked on SQLite");
  const letter = await seedLetter(await appDb());
  const form = new SignForm(page);
  await form.open(letter.slug);
  await expect(form.submitButton).toBeVisible();
  await expectNoSeriousAxeProblems(page);
});

test("a submit before the bot check has finished waits for it, says so, and sends the proof", async ({ page, request }) => {
  const letter = await seedLetter(await appDb());
  // A slow challenge: the form is filled and sent long before the widget can have solved it.
  await page.route("**/api/altcha*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === `/en/letters/${letter.slug}`) sent.push(r.postData() ?? "");
  });
  const a = answers("hasty");
  const form = new SignForm(page);
  await form.open(letter.slug);
  await form.fill(a);
  // The button itself, not form.submit(), which would wait for the check to be done.
  await form.submitButton.click();

  await expect(page.getByRole("status")).toContainText(/checking/i);
  await expect(page.getByRole("button", { name: /checking/i })).toBeDisabled();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible({ timeout: 30_000 });
  expect(sent).toHaveLength(1);
  // The widget's payload field, as the server action receives it: present and not empty.
  expect(sent[0]).toMatch(/name="(?:_\d+_)?altcha"\r\n\r\n[A-Za-z0-9+/=]{20,}/);
  await waitForMail(request, { to: a.email });
});
