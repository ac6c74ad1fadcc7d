/**
 * Updates to signatories, end to end: a signer in French ticks "send me updates", confirms and is
 * approved; the coordinator writes an update with a French translation and sends it to the one
 * signatory who asked; the mail arrives in French with the RFC 8058 headers; its unsubscribe page
 * works (opening it changes nothing, the button does), and so does a mail client's one-click POST
 * from another site; the letter page shows the update. Axe on the new pages.
 */
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "../lib/testing/seed";
import { message } from "./support/catalogue";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession } from "./support/coordinator-seed";
import { linkById, waitForMail } from "./support/mail";
import { SignForm } from "./support/sign-form";
import { expectNoSeriousAxeProblems } from "./support/axe";

test("a signatory who asked for updates gets one in French, with a working unsubscribe", async ({ page, browser, request, context, baseURL }) => {
  test.setTimeout(180_000);
  const me = await seedUserWithSession("coordinator");
  // The seeded signature did not ask for updates: it must not get one.
  const { letter } = await seedLetterWithSignature(me.id);
  const orgName = `Réseau des droits ${Date.now().toString(36)}`;
  const email = uniqueEmail("updates-signer");

  // The signer, in French, in a browser of their own.
  const signer = await browser.newContext();
  const signerPage = await signer.newPage();
  const form = new SignForm(signerPage, "fr");
  await form.open(letter.slug);
  await expect(form.wantsUpdates).not.toBeChecked();
  await expect(signerPage.getByText(message("fr", "updates.signing.hint"))).toBeVisible();
  await form.fill({ orgName, contactName: "Amina Diallo", email, wantsUpdates: true });
  await form.submit();
  // The proof-of-work is solved first: slow on a busy machine.
  await expect(signerPage.locator("#signed-heading")).toBeVisible({ timeout: 60_000 });
  await signerPage.goto(linkById(await waitForMail(request, { to: email }), "confirm-link"));
  await signerPage.getByRole("button", { name: message("fr", "signing.confirm.button") }).click();
  await expect(signerPage.getByRole("heading", { level: 1 })).toBeVisible();

  // The coordinator approves it, then writes and sends an update.
  await context.addCookies([{ name: SESSION_COOKIE, value: me.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`/coordinator/letters/${letter.id}/signatures`);
  await page.getByRole("button", { name: `Approve: ${orgName}` }).click();
  await expect(page.getByText("1 signature approved.")).toBeVisible();
  await page.goto(`/coordinator/letters/${letter.id}`);
  await expect(page.getByText("1 signatory has asked for updates.")).toBeVisible();
  await page.getByRole("link", { name: "Write or send an update" }).click();
  await expect(page).toHaveTitle(/Updates to signatories/);
  await expectNoSeriousAxeProblems(page);

  await page.getByLabel("Subject", { exact: true }).fill("Delivered to the Secretary-General");
  await page.getByLabel("Text", { exact: true }).fill("We handed the letter over **today**.");
  await page.getByText("French", { exact: true }).click();
  await page.getByLabel("Subject in French").fill("Remise au Secrétaire général");
  // Half a translation is refused next to the missing field.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#update-body_fr-error")).toBeVisible();
  await page.getByLabel("Text in French").fill("Nous avons remis la lettre **aujourd’hui**.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.locator(".letter-body strong")).toHaveText("today");
  await expectNoSeriousAxeProblems(page);

  await page.getByText("Send to 1 signatory…").click();
  await expect(page.getByText("The update will be emailed now to 1 signatory")).toBeVisible();
  await page.getByRole("button", { name: "Send now to 1 signatory" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The update is on its way to 1 signatory." })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Send now/ })).toHaveCount(0);

  // The mail, in French, with the headers a mail client's own "Unsubscribe" button uses.
  const mail = await waitForMail(request, { to: email, subject: /^Remise au Secrétaire général/ });
  expect(mail.html).toContain("<strong>aujourd’hui</strong>");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"])?.[1];
  expect(oneClick).toMatch(/\/api\/unsubscribe\/[^/]+\/[0-9a-f]{32}$/);
  expect(linkById(mail, "letter-link")).toMatch(new RegExp(`/fr/letters/${letter.slug}$`));

  // The letter page shows it, in the reader's language; nothing about who got it.
  await signerPage.goto(`/fr/letters/${letter.slug}`);
  const archive = signerPage.locator("#updates");
  await expect(archive.getByRole("heading", { name: "Remise au Secrétaire général" })).toBeVisible();
  await expect(archive).not.toContainText(email);
  await signerPage.goto(`/en/letters/${letter.slug}`);
  await expect(signerPage.locator("#updates").getByRole("heading", { name: "Delivered to the Secretary-General" })).toBeVisible();

  // Opening the unsubscribe page changes nothing; its button does.
  const unsubscribe = linkById(mail, "unsubscribe-link");
  expect(unsubscribe).toMatch(/\/fr\/unsubscribe\//);
  await signerPage.goto(unsubscribe);
  await signerPage.reload();
  await expectNoSeriousAxeProblems(signerPage);
  await signerPage.getByRole("button", { name: message("fr", "updates.unsubscribe.button") }).click();
  await expect(signerPage.getByRole("status")).toHaveText(message("fr", "updates.unsubscribe.done", { title: letter.title }));
  await page.goto(`/coordinator/letters/${letter.id}`);
  await expect(page.getByText("No signatory has asked for updates yet.")).toBeVisible();

  // A mail client's one-click POST, from another site, without cookies: answered 200. A forged key: 404.
  const post = (url: string) => request.post(url, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example.net", "sec-fetch-site": "cross-site" },
    maxRedirects: 0,
  });
  expect((await post(oneClick!)).status()).toBe(200);
  expect((await post(oneClick!.replace(/[0-9a-f]$/, (c) => (c === "0" ? "1" : "0")))).status()).toBe(404);
  // Every other write from another site is still refused.
  expect((await post(`${baseURL}/api/auth/signout`)).status()).toBe(403);
  await signer.close();
});
