/**
 * Before publication: a coordinator makes a private signing link on a draft; a drafting partner
 * opens it, reads the draft, signs and confirms by email (the SMTP catcher); the coordinator finds
 * the signature in the queue; revoking the link shows its holder why it no longer works. The public
 * never sees the draft. A publication hour set in the form opens the letter by itself.
 */
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../lib/testing/seed";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { makePublicationDue, seedDraft } from "./support/founding-seed";
import { linkById, waitForMail } from "./support/mail";
import { SignForm } from "./support/sign-form";
import { expectNoSeriousAxeProblems } from "./support/axe";

test("a drafting partner signs a draft through a private link, until the link is revoked", async ({ page, context, browser, request, baseURL }) => {
  test.setTimeout(150_000);
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedDraft(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const overview = `/en/coordinator/letters/${letter.id}`;

  await page.goto(overview);
  const section = page.getByRole("region", { name: "Before publication" });
  await expect(section).toBeVisible();
  await expect(section.getByText("No private links yet.")).toBeVisible();
  await section.getByLabel("Who is it for?").fill("Drafting group");
  await section.getByRole("button", { name: "Create a private link" }).click();
  const shown = section.getByLabel("New private link");
  await expect(shown).toHaveValue(new RegExp(`^${baseURL}/en/letters/${letter.slug}/founding/[A-Za-z0-9_-]{43}$`));
  const link = await shown.inputValue();
  const row = section.getByRole("row").filter({ hasText: "Drafting group" });
  await expect(row).toContainText("Active");
  await expectNoSeriousAxeProblems(page);

  // The public: no page, no export, nothing on the home page.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  expect((await publicPage.goto(`/en/letters/${letter.slug}`))?.status()).toBe(404);
  expect((await request.get(`/en/letters/${letter.slug}/signatories.csv`)).status()).toBe(404);
  expect((await request.get(`/en/letters/${letter.slug}/signatories.json`)).status()).toBe(404);
  await publicPage.goto("/en");
  await expect(publicPage.getByText(letter.title)).toHaveCount(0);
  await visitor.close();

  // The drafting partner, in a browser of their own.
  const partner = await browser.newContext();
  const signer = await partner.newPage();
  await signer.goto(link);
  await expect(signer.getByRole("heading", { name: letter.title, level: 1 })).toBeVisible();
  await expect(signer.getByText(/is a draft and is not public yet/)).toBeVisible();
  await expectNoSeriousAxeProblems(signer);
  const email = uniqueEmail("founder");
  const orgName = `Founding Partner ${Date.now().toString(36)}`;
  const form = new SignForm(signer);
  await form.fill({ orgName, contactName: "Amina Diallo", email });
  await form.submit();
  // The proof of work runs first; on a busy machine it takes a while.
  await expect(signer.getByRole("heading", { name: "Check your inbox" })).toBeVisible({ timeout: 30_000 });
  await signer.goto(linkById(await waitForMail(request, { to: email }), "confirm-link"));
  await signer.getByRole("button", { name: "Confirm signature" }).click();
  await expect(signer.getByRole("heading", { name: "Signature confirmed", level: 1 })).toBeVisible();

  // The coordinator: the signature waits for review, counted on its link.
  await page.goto(`/en/coordinator/letters/${letter.id}/signatures`);
  await expect(page.getByText(orgName).first()).toBeVisible();
  await page.goto(overview);
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await row.getByRole("button", { name: "Revoke the link for Drafting group" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The link was revoked." })).toBeVisible();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);

  // The link's holder is told why, and never shown the letter again.
  await signer.goto(link);
  await expect(signer.getByRole("heading", { name: "This link has been revoked", level: 1 })).toBeVisible();
  await expect(signer.getByText(letter.title)).toHaveCount(0);
  await expectNoSeriousAxeProblems(signer);
  await partner.close();
});

test("a draft with a publication hour opens by itself, once, and says so in its history", async ({ page, context, baseURL, request }) => {
  test.setTimeout(90_000);
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedDraft(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const overview = `/en/coordinator/letters/${letter.id}`;

  await page.goto(overview);
  const section = page.getByRole("region", { name: "Before publication" });
  await section.getByLabel("Publish on (UTC)").fill("2020-01-01T09:00");
  await section.getByRole("button", { name: "Set the publication hour" }).click();
  await expect(page.getByText("Choose a date and hour in the future, before the deadline.")).toBeVisible();

  const next = new Date().getUTCFullYear() + 1;
  await section.getByLabel("Publish on (UTC)").fill(`${next}-03-01T09:30`);
  await section.getByRole("button", { name: "Set the publication hour" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Publication hour saved." })).toBeVisible();
  await expect(section.getByText(`Opens by itself on March 1, ${next} at 9:30 AM UTC.`)).toBeVisible();
  expect((await request.get(`/en/letters/${letter.slug}`)).status()).toBe(404);
  await section.getByRole("button", { name: "Create a private link" }).click();
  const link = await section.getByLabel("New private link").inputValue();

  // The hour comes: the server's own schedule opens the letter.
  await makePublicationDue(letter.id);
  await expect.poll(async () => (await request.get(`/en/letters/${letter.slug}`)).status(), { timeout: 30_000 }).toBe(200);
  await page.goto(`${overview}/audit`);
  await expect(page.getByRole("cell", { name: "Published", exact: true })).toHaveCount(1);
  await expect(page.getByRole("cell", { name: "Set or cleared the publication hour", exact: true })).toHaveCount(1);
  await page.goto(overview);
  await expect(page.getByRole("region", { name: "Before publication" })).toHaveCount(0);
  // The private link now leads to the public page.
  await page.goto(link);
  await expect(page).toHaveURL(`${baseURL}/en/letters/${letter.slug}`);
});
