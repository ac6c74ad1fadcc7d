/**
 * Signers at risk (lib/signatures/at-risk.ts), as the people involved see it: an organisation ticks
 * "Count our organisation, but do not name it in public" (with and without JavaScript), confirms by
 * email; its coordinator sees its name marked "Not named in public" and approves it; the public page
 * then counts it as "An organisation from Kenya" (or "An organisation") after the list, never by name.
 * The data rules behind it (CSV, JSON, delivery list, badge, share image, PDF) are tested on both
 * databases in lib/signatures/at-risk.test.ts.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { seedLetter, uniqueEmail } from "../lib/testing/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";
import { SESSION_COOKIE, seedUserWithSession, type SeededUser } from "./support/coordinator-seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";
import { SignForm } from "./support/sign-form";

// Two people's journeys per test, each with a proof-of-work: slow on a shared machine.
test.slow();

/** Signs on the letter's page with the at-risk boxes as given, then confirms from the mail. */
async function signAtRisk(page: Page, request: Parameters<typeof waitForMail>[0], slug: string, orgName: string, hideCountry: boolean) {
  const form = new SignForm(page);
  const email = uniqueEmail("at-risk");
  await form.open(slug);
  await form.fill({ orgName, email, contactName: "Amina Odhiambo", website: "https://at-risk.example" });
  const hideName = page.getByRole("checkbox", { name: "Count our organisation, but do not name it in public" });
  const hideCountryBox = page.getByRole("checkbox", { name: "Do not show our country either" });
  // Unticked unless the signer ticks it; each box explained right next to it.
  await expect(hideName).not.toBeChecked();
  await expect(hideName).toHaveAccessibleDescription(/coordinators still see your name/);
  await expect(page.getByRole("group", { name: "If naming your organisation would put it at risk" })).toBeVisible();
  await hideName.check();
  if (hideCountry) await hideCountryBox.check();
  await form.submit();
  // The proof-of-work may still be running on a busy machine.
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible({ timeout: 60_000 });
  await page.goto(linkById(await waitForMail(request, { to: email }), "confirm-link"));
  await page.getByRole("button", { name: "Confirm signature" }).click();
  await expect(page.getByRole("heading", { name: /confirmed/i })).toBeVisible();
}

async function coordinatorPage(browser: Browser, baseURL: string, me: SeededUser) {
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: me.sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { context, page: await context.newPage() };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a signer at risk who hides its country too signs with plain HTML forms and is shown as \"An organisation\"", async ({ page, request, browser, baseURL }) => {
    const me = await seedUserWithSession("coordinator");
    const letter = await seedLetter(await appDb(), { coordinatorId: me.id, signatures: [{ orgName: "Named Visible Org", status: "approved", country: "FR" }] });
    const orgName = `Quiet Belarus Collective ${Date.now().toString(36)}`;
    await signAtRisk(page, request, letter.slug, orgName, true);

    const coordinator = await coordinatorPage(browser, baseURL!, me);
    await coordinator.page.goto(`/coordinator/letters/${letter.id}/signatures`);
    await coordinator.page.getByRole("button", { name: `Approve: ${orgName}` }).click();
    await expect(coordinator.page.getByText("1 signature approved.")).toBeVisible();
    await coordinator.context.close();

    await page.goto(`/en/letters/${letter.slug}`);
    const unnamed = page.getByRole("region", { name: "Not named in public" });
    await expect(unnamed.getByRole("listitem")).toHaveText(["1 organisation, country not shown"]);
    await expect(page.getByText("2 organisations have signed.")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Quiet Belarus");
  });
});

test("a signer at risk is counted as \"An organisation from Kenya\", marked for its coordinator, never named in public", async ({ page, request, browser, baseURL }) => {
  const me = await seedUserWithSession("coordinator");
  const letter = await seedLetter(await appDb(), { coordinatorId: me.id, signatures: [{ orgName: "Named Visible Org", status: "approved", country: "FR" }] });
  // A name that sorts first: at its alphabetical place it would head the list.
  const orgName = `Aaron Hidden Defenders ${Date.now().toString(36)}`;
  await signAtRisk(page, request, letter.slug, orgName, false);

  // The coordinator sees the real name, marked, in the queue; the page passes axe with the marker.
  const coordinator = await coordinatorPage(browser, baseURL!, me);
  await coordinator.page.goto(`/coordinator/letters/${letter.id}/signatures`);
  const row = coordinator.page.locator("tr", { hasText: orgName });
  await expect(row.getByText("Not named in public")).toBeVisible();
  await expectNoSeriousAxeProblems(coordinator.page);
  await coordinator.page.getByRole("button", { name: `Approve: ${orgName}` }).click();
  await expect(coordinator.page.getByText("1 signature approved.")).toBeVisible();
  // The addressee's copy may name them; the delivery form says its PDF never does.
  await coordinator.page.goto(`/coordinator/letters/${letter.id}`);
  await expect(coordinator.page.getByRole("checkbox", { name: "Name signers at risk in this copy (for the addressee only)" })).not.toBeChecked();
  await coordinator.context.close();

  // The public page: counted, summed up after the list, never named; its CSV does not name it either.
  await page.goto(`/en/letters/${letter.slug}`);
  await expect(page.getByText("2 organisations have signed.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Signatory organisations" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Not named in public" }).getByRole("listitem")).toHaveText(["1 organisation from Kenya"]);
  await expect(page.locator("body")).not.toContainText("Aaron Hidden");
  await expectNoSeriousAxeProblems(page);
  const csv = await (await request.get(`/en/letters/${letter.slug}/signatories.csv`)).text();
  expect(csv).toContain("Named Visible Org");
  expect(csv).not.toContain("Aaron Hidden");
  expect(csv).not.toContain("at-risk.example");

  // The privacy page explains the choice.
  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { name: "Signing without being named" })).toBeVisible();
  await expectNoSeriousAxeProblems(page);
});
