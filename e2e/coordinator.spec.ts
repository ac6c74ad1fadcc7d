/**
 * The coordinator journey from the issue: the administrator signs in with the magic link read
 * from the SMTP catcher, creates and publishes a letter; two organisations sign and confirm;
 * the administrator approves one and rejects the other; the public page shows exactly the approved one.
 */
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { uniqueEmail } from "../lib/testing/seed";
import { linkById, waitForMail } from "./support/mail";
import { SignForm } from "./support/sign-form";
import { expectNoSeriousAxeProblems } from "./support/axe";

const ADMIN = "admin@example.org";

async function signAndConfirm(browser: Browser, request: APIRequestContext, slug: string, orgName: string) {
  // A separate browser context: the signer is not the signed-in administrator.
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("coord-signer");
  const form = new SignForm(page);
  await form.open(slug);
  await form.fill({ orgName, contactName: "Wanjiru Kamau", email });
  await form.submit();
  await expect(page.getByRole("heading", { name: /check your inbox/i })).toBeVisible();
  await page.goto(linkById(await waitForMail(request, { to: email }), "confirm-link"));
  await page.getByRole("button", { name: "Confirm signature" }).click();
  await expect(page.getByText(/confirmed/i).first()).toBeVisible();
  await context.close();
}

test("admin signs in by magic link, publishes a letter, approves one signature and rejects another", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const title = `Keep the network open ${stamp}`;
  const approved = `Approved Rights Network ${stamp}`;
  const rejected = `Rejected Spam Org ${stamp}`;

  await page.goto("/coordinator");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email address").fill(ADMIN);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const mail = await waitForMail(request, { to: ADMIN, subject: /sign-in link/i });
  await page.goto(linkById(mail, "sign-in-link"));
  await expect(page.getByRole("heading", { name: "Letters", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "New letter" }).click();
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel(/^Address \(slug\)/)).toHaveValue(`keep-the-network-open-${stamp}`);
  await page.getByLabel("Addressed to").fill("The Minister of Digital Affairs");
  await page.getByLabel(/^Text \(Markdown\)/).fill("Dear Minister,\n\nWe ask you to **keep the network open**.");
  await expect(page.locator(".preview strong")).toHaveText("keep the network open");
  await page.getByLabel(/^Coordinating organisations/).fill("Open Net Coalition");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The letter's status is now: Open" })).toBeVisible();
  const slug = `keep-the-network-open-${stamp}`;

  await signAndConfirm(browser, request, slug, approved);
  await signAndConfirm(browser, request, slug, rejected);

  await page.getByRole("link", { name: "Signatures" }).first().click();
  await expect(page.getByRole("link", { name: "Awaiting review (2)" })).toBeVisible();
  await page.getByRole("button", { name: `Approve: ${approved}` }).click();
  await expect(page.getByText("1 signature approved.")).toBeVisible();
  await page.getByLabel("Reason for rejection").fill("Not an organisation we know");
  await page.getByRole("button", { name: `Reject: ${rejected}` }).click();
  await expect(page.getByText("1 signature rejected.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Approved (1)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Rejected (1)" })).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  for (const action of ["Published", "Approved a signature", "Rejected a signature", "Created the letter"]) {
    await expect(page.getByRole("cell", { name: action, exact: true })).toBeVisible();
  }

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/letters/${slug}`);
  await expect(publicPage.getByText(approved)).toBeVisible();
  await expect(publicPage.getByText(rejected)).toHaveCount(0);
  await visitor.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/coordinator");
  await expect(page).toHaveURL(/\/signin/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a coordinator edits a confirmed text into a new version, renames and rejects in bulk", async ({ page, context, baseURL }) => {
    const { seedLetterWithSignature, seedUserWithSession, SESSION_COOKIE } = await import("./support/coordinator-seed");
    const me = await seedUserWithSession("coordinator");
    const { letter, signature } = await seedLetterWithSignature(me.id);
    await context.addCookies([{ name: SESSION_COOKIE, value: me.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);

    await page.goto(`/coordinator/letters/${letter.id}/edit`);
    await expect(page.getByText("1 signature has confirmed the current text")).toBeVisible();
    await page.getByLabel(/^Text \(Markdown\)/).fill("Dear Minister, a corrected text.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Changes saved as version 2.")).toBeVisible();
    await expect(page.getByText("1 signature confirmed an earlier version of the text.")).toBeVisible();

    await page.goto(`/coordinator/letters/${letter.id}/signatures`);
    // By email, in the wrong case: it still finds the row after the rename below.
    await page.getByLabel("Search name or email").fill(signature.email.toUpperCase());
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("1 signature", { exact: true })).toBeVisible();
    await page.locator(`#name-${signature.id}`).fill("Corrected Name");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Name updated.")).toBeVisible();
    await expect(page.getByText(`Typed as: ${signature.orgName}`)).toBeVisible();

    await page.getByRole("checkbox", { name: "Select Corrected Name" }).check();
    await page.getByLabel("Reason for rejection").fill("Duplicate");
    await page.getByRole("button", { name: "Reject selected" }).click();
    await expect(page.getByText("1 signature rejected.")).toBeVisible();

    await page.goto(`/coordinator/letters/${letter.id}/signatures?status=rejected`);
    await expect(page.getByText("Rejected: Duplicate")).toBeVisible();
    await page.goto(`/coordinator/letters/${letter.id}/audit`);
    await expect(page.getByRole("cell", { name: "Corrected a displayed name" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Edited the letter" })).toBeVisible();
  });
});

test("the workspace pages have no serious accessibility problems", async ({ page, context, baseURL }) => {
  test.skip(process.env.E2E_DB === "postgresql", "the same page whatever the database: checked on SQLite");
  // Five full axe runs: on a busy 2-core machine they need more than the default minute.
  test.setTimeout(180_000);
  const { seedLetterWithSignature, seedUserWithSession, SESSION_COOKIE } = await import("./support/coordinator-seed");
  const admin = await seedUserWithSession("admin");
  const { letter } = await seedLetterWithSignature(admin.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: admin.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const base = `/coordinator/letters/${letter.id}`;
  // The letters list, a letter's overview and its queue are checked in every language by languages.spec.
  for (const path of [`${base}/edit`, `${base}/audit`, "/coordinator/people", "/coordinator/letters/new"]) {
    await page.goto(path);
    await expectNoSeriousAxeProblems(page);
  }
  await context.clearCookies();
  await page.goto("/signin");
  await expectNoSeriousAxeProblems(page);
});

test("an invited coordinator signs in from the invitation and sees only the letter they were given", async ({ page, context, baseURL, request }) => {
  const { seedLetterWithSignature, seedUserWithSession, SESSION_COOKIE } = await import("./support/coordinator-seed");
  const admin = await seedUserWithSession("admin");
  const { letter: given } = await seedLetterWithSignature();
  const { letter: notGiven } = await seedLetterWithSignature();
  await context.addCookies([{ name: SESSION_COOKIE, value: admin.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const invitee = uniqueEmail("invitee");

  await page.goto("/coordinator/people");
  await page.getByLabel("Email address").fill(invitee);
  await page.getByLabel(given.title).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}.`)).toBeVisible();

  await context.clearCookies();
  const invitation = await waitForMail(request, { to: invitee, subject: /invited/i });
  await page.goto(linkById(invitation, "invitation-link"));
  await expect(page.getByLabel("Email address")).toHaveValue(invitee);
  await page.getByRole("button", { name: "Send me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(linkById(await waitForMail(request, { to: invitee, subject: /sign-in link/i }), "sign-in-link"));

  await expect(page.getByRole("link", { name: given.title })).toBeVisible();
  await expect(page.getByRole("link", { name: notGiven.title })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
  expect((await page.goto(`/coordinator/letters/${notGiven.id}`))?.status()).toBe(404);
});
