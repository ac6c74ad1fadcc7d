/**
 * A letter in several languages: a coordinator translates it in the workspace's Translations tab;
 * a reader of that language gets the translation, told that the authoritative text prevails and
 * where it is; when the authoritative text changes the translation is out of date, and its readers
 * get the authoritative text until it is saved again or marked as up to date.
 * The notices on /fr and /ar pages are found by what they are, not by their words, so the test does
 * not depend on the French and Arabic catalogues.
 */
import { expect, test, type Page } from "@playwright/test";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession } from "./support/coordinator-seed";
import { expectNoSeriousAxeProblems } from "./support/axe";

const FRENCH = {
  title: "Gardez le réseau ouvert",
  addressee: "Madame la Ministre du numérique",
  body: "Madame la Ministre,\n\nNous vous demandons de **garder le réseau ouvert**.",
};
const ARABIC = {
  title: "أبقوا الشبكة مفتوحة",
  addressee: "وزيرة الشؤون الرقمية",
  body: "معالي الوزيرة،\n\nنطلب منكم **إبقاء الشبكة مفتوحة**.",
};

async function translate(page: Page, tab: string, language: string, text: typeof FRENCH) {
  await page.goto(tab);
  await page.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: language }).click();
  const form = page.getByRole("form", { name: `${language} translation` });
  await form.getByLabel("Title").fill(text.title);
  await form.getByLabel("Addressed to").fill(text.addressee);
  await form.getByLabel(/^Text/).fill(text.body);
  await form.getByRole("button", { name: "Save translation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
}

test("a coordinator translates a letter; readers get the translation while it is current", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const tab = `/en/coordinator/letters/${letter.id}/translations`;
  const languages = page.getByRole("navigation", { name: "Languages" });

  // The tab: the English text is authoritative; French is not translated yet.
  await page.goto(`/en/coordinator/letters/${letter.id}`);
  await page.getByRole("link", { name: "Translations" }).first().click();
  await expect(page.getByRole("heading", { name: `Translations: ${letter.title}`, level: 1 })).toBeVisible();
  await expect(languages.locator('li[data-locale="fr"]')).toContainText("Not translated");
  await translate(page, tab, "French", FRENCH);
  await expect(languages.locator('li[data-locale="fr"]')).toContainText("Up to date");

  // A French reader gets the French text, marked as French, told the English text prevails and where it is.
  await page.goto(`/fr/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FRENCH.title);
  await expect(page).toHaveTitle(new RegExp(`^${FRENCH.title}`));
  await expect(page.locator(".letter-body")).toHaveAttribute("lang", "fr");
  await expect(page.locator(".letter-body strong")).toHaveText("garder le réseau ouvert");
  const notice = page.locator('[data-notice="translation"]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link")).toHaveAttribute("href", `/en/letters/${letter.slug}`);
  // The list of letters shows the French title to French readers.
  await page.goto("/fr");
  await expect(page.getByRole("link", { name: FRENCH.title })).toBeVisible();
  await page.goto(`/fr/letters/${letter.slug}`);
  await notice.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(letter.title);
  await expect(page.locator("[data-notice]")).toHaveCount(0);

  // The English body changes (signers confirmed version 1, so this makes version 2): French is out of date.
  await page.goto(`/en/coordinator/letters/${letter.id}/edit`);
  await page.getByLabel(/^Text \(Markdown\)/).fill("Dear Minister,\n\nWe ask you, once more, to keep the network open.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved as version 2." })).toBeVisible();
  await page.goto(`${tab}?locale=fr`);
  await expect(languages.locator('li[data-locale="fr"]')).toContainText("Out of date");
  await expect(page.getByText("Out of date: the English text changed since this translation.")).toBeVisible();

  // Meanwhile French readers get the English text, with a note that the translation is being updated.
  await page.goto(`/fr/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(letter.title);
  await expect(page.locator(".letter-body")).toHaveAttribute("lang", "en");
  await expect(page.locator(".letter-body")).toContainText("once more");
  await expect(page.locator('[data-notice="outdated"]')).toBeVisible();

  // The change does not affect the French text: marking it up to date brings it back.
  await page.goto(`${tab}?locale=fr`);
  await page.getByRole("button", { name: "Mark as up to date" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The translation is marked as up to date." })).toBeVisible();
  await expect(languages.locator('li[data-locale="fr"]')).toContainText("Up to date");
  await page.goto(`/fr/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FRENCH.title);
  await expect(page.locator('[data-notice="translation"]')).toBeVisible();

  // Arabic is written right to left; until there is an Arabic translation, the Arabic page shows the
  // English text left to right.
  await page.goto(`/ar/letters/${letter.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".letter-body")).toHaveAttribute("dir", "ltr");
  await translate(page, tab, "Arabic", ARABIC);
  await page.goto(`/ar/letters/${letter.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARABIC.title);
  await expect(page.locator(".letter-body")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".letter-body")).toHaveAttribute("lang", "ar");
  // A Spanish reader has no translation: the English text, left to right, on the Spanish page.
  await page.goto(`/es/letters/${letter.slug}`);
  await expect(page.locator(".letter-body")).toHaveAttribute("dir", "ltr");
  await expect(page.locator('[data-notice="missing"]')).toBeVisible();

  // The workspace's overview lists each language's state, with a link to the tab.
  await page.goto(`/en/coordinator/letters/${letter.id}`);
  const states = page.getByRole("region", { name: "Translations" });
  await expect(states.locator('li[data-locale="fr"]')).toContainText("Up to date");
  await expect(states.locator('li[data-locale="es"]')).toContainText("Not translated");

  // The history records each translation step.
  await page.goto(`/en/coordinator/letters/${letter.id}/audit`);
  await expect(page.locator('tr[data-action="translation.save"]')).toHaveCount(2);
  await expect(page.locator('tr[data-action="translation.approve"]')).toHaveCount(1);
});

test("the translations tab has no serious accessibility problems", async ({ page, context, baseURL }) => {
  test.skip(process.env.E2E_DB === "postgresql", "the same page whatever the database: checked on SQLite");
  test.setTimeout(90_000);
  const coordinator = await seedUserWithSession("coordinator");
  const { letter } = await seedLetterWithSignature(coordinator.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const tab = `/en/coordinator/letters/${letter.id}/translations`;
  await translate(page, tab, "French", FRENCH);
  // With a translation (delete offered) and, for Arabic, an empty right-to-left form.
  for (const url of [`${tab}?locale=fr`, `${tab}?locale=ar`]) {
    await page.goto(url);
    await expectNoSeriousAxeProblems(page);
  }
});
