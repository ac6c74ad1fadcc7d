/**
 * The six languages as a reader meets them: signing and confirming in French and Arabic (with and
 * without JavaScript), the language switcher, where bare and old addresses lead, the alternates in
 * the head, and accessibility of every public page in every language and of the workspace.
 * Words are read from messages/<locale>/ at test time, so a translator's edit never breaks a test.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { localeNames, locales, type Locale } from "../lib/i18n/locales";
import { seedLetter, seedSignature, uniqueEmail } from "../lib/testing/seed";
import { seriousAxeProblems, WORDING_RULES } from "./support/axe";
import { message } from "./support/catalogue";
import { SESSION_COOKIE, seedUserWithSession, type SeededUser } from "./support/coordinator-seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";
import { SignForm } from "./support/sign-form";

type SharedLetter = { id: string; slug: string; title: string };

// One letter for the whole file: two pages of approved signatories (so ?page=2 exists), some named
// in Arabic and Chinese; every signer below adds an organisation of their own.
let shared: Promise<SharedLetter> | undefined;
function sharedLetter(): Promise<SharedLetter> {
  shared ??= (async () => {
    const names = ["الشبكة العربية للحقوق الرقمية", "中国互联网协会", "Réseau des droits numériques"];
    const letter = await seedLetter(await appDb(), {
      signatures: Array.from({ length: 101 }, (_, i) => ({ status: "approved", orgName: `${names[i % names.length]} ${i}` })),
    });
    // One signature waiting for review, so the workspace's queue has a row to check.
    await seedSignature(await appDb(), letter.id, { status: "confirmed" });
    return { id: letter.id, slug: letter.slug, title: letter.title };
  })();
  return shared;
}

async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
}

/** The same address in another language: its language segment, if it has one, is swapped; the query is kept. */
const inLanguage = (url: string, locale: Locale) => {
  const { pathname, search } = new URL(url);
  return `/${locale}${pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "")}${search}`;
};

async function signAndConfirm(page: Page, request: APIRequestContext, locale: Locale, javaScript: boolean) {
  const letter = await sharedLetter();
  const t = (key: string, values?: Record<string, string>) => message(locale, key, values);
  const orgName = `${locale} Digital Rights ${Date.now().toString(36)}`;
  const email = uniqueEmail(`lang-${locale}`);
  const form = new SignForm(page, locale);

  await form.open(letter.slug);
  await expectLanguage(page, locale);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(letter.title);
  await expect(form.submitButton).toBeVisible();
  await form.fill({ orgName, contactName: "Amina Haddad", email });
  await form.submit();
  await expect(page.getByRole("heading", { name: t("signing.checkInbox.title") })).toBeVisible();
  // With JavaScript the answer takes the form's place, focused so it is read out; without, its own page.
  if (javaScript) await expect(page.getByRole("region", { name: t("signing.checkInbox.title") })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/${locale}/letters/${letter.slug}${javaScript ? "$" : "/signed"}`));
  await expectLanguage(page, locale);

  // The mail follows the signer's language. Soft: the rest of the journey is still walked.
  const mail = await waitForMail(request, { to: email });
  expect.soft(mail.subject, "the mail's subject is in the signer's language").toBe(t("mail.confirmSignature.subject", { title: letter.title }));
  const confirmUrl = linkById(mail, "confirm-link");
  expect.soft(new URL(confirmUrl).pathname, "the mail's link opens the page in the signer's language").toMatch(new RegExp(`^/${locale}/confirm/[^/]+$`));

  // The link's page, in the signer's language even if the link named another one.
  await page.goto(inLanguage(confirmUrl, locale));
  await expectLanguage(page, locale);
  await expect(page.getByRole("heading", { name: t("signing.confirm.title") })).toBeVisible();
  await expect(page.getByText(orgName)).toBeVisible();
  await page.getByRole("button", { name: t("signing.confirm.button") }).click();
  await expect(page.getByRole("heading", { name: t("signing.confirmed.title") })).toBeVisible();
  await expectLanguage(page, locale);
}

for (const locale of ["fr", "ar"] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${localeNames[locale]}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled, locale });
      test(`an organisation signs and confirms in ${locale}`, async ({ page, request }) => {
        await signAndConfirm(page, request, locale, javaScriptEnabled);
      });
    });
  }
}

test.describe("the language switcher", () => {
  test.use({ javaScriptEnabled: false });

  test("is six plain links, each language named in itself, that keep the letter and its page", async ({ page }) => {
    const letter = await sharedLetter();
    await page.goto(`/fr/letters/${letter.slug}?page=2`);
    const switcher = page.getByRole("navigation", { name: message("fr", "common.language") });
    const links = switcher.getByRole("link");
    await expect(links).toHaveCount(locales.length);
    for (const locale of locales) {
      const link = switcher.getByRole("link", { name: localeNames[locale], exact: true });
      await expect(link).toHaveAttribute("lang", locale);
      await expect(link).toHaveAttribute("href", `/${locale}/letters/${letter.slug}?page=2`);
    }
    await expect(switcher.getByRole("link", { name: localeNames.fr })).toHaveAttribute("aria-current", "page");
    await expect(switcher.locator("[aria-current]")).toHaveCount(1);

    await switcher.getByRole("link", { name: localeNames.ar }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/letters/${letter.slug}\\?page=2$`));
    await expectLanguage(page, "ar");
    await expect(page.getByText(message("ar", "letters.pageOf", { page: 2, pages: 2 }))).toBeVisible();

    // The choice is remembered: the bare address now opens in Arabic.
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar$/);
    await expectLanguage(page, "ar");
  });
});

test.describe("addresses", () => {
  const get = (request: APIRequestContext, path: string, acceptLanguage = "en") =>
    request.get(path, { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });

  test("the bare address follows the browser's language", async ({ request, baseURL }) => {
    const res = await get(request, "/", "fr-CA,fr");
    expect(res.status()).toBe(307);
    // Next writes a same-origin Location relative; resolved, it is on APP_URL.
    expect(new URL(res.headers().location, baseURL).href).toBe(`${baseURL}/fr`);
  });

  test("old addresses without a language are redirected, with their query, to the prefixed ones", async ({ request, baseURL }) => {
    const letter = await sharedLetter();
    for (const path of [`/letters/${letter.slug}?page=2`, "/privacy?from=footer"]) {
      const res = await get(request, path);
      expect(res.status(), path).toBe(307);
      expect(new URL(res.headers().location, baseURL).href, path).toBe(`${baseURL}/en${path}`);
    }
  });

  test("the head lists the page in every language, x-default and the canonical address, absolute", async ({ page, baseURL }) => {
    const letter = await sharedLetter();
    const path = `/letters/${letter.slug}`;
    await page.goto(`/zh${path}`);
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])));
    expect(alternates).toEqual({
      ...Object.fromEntries(locales.map((l) => [l, `${baseURL}/${l}${path}`])),
      "x-default": `${baseURL}${path}`,
    });
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/zh${path}`);
  });
});

/**
 * English and Arabic (left to right, right to left) get every WCAG rule; the other four languages
 * lay out the same pages with the same colours, so they get the rules that depend on the words.
 */
const axeRules = (locale: Locale) => (locale === "en" || locale === "ar" ? undefined : WORDING_RULES);

let admin: Promise<SeededUser> | undefined;

for (const locale of locales) {
  test(`${localeNames[locale]} (${locale}): public and workspace pages have no serious accessibility problems`, async ({ page, context, baseURL }) => {
    // Eight pages through axe: longer than one journey on a shared two-core machine.
    test.slow();
    const letter = await sharedLetter();
    const problems: string[] = [];
    const publicPages: [string, number][] = [
      [`/${locale}`, 200],
      [`/${locale}/letters/${letter.slug}`, 200],
      [`/${locale}/letters/${letter.slug}/signed`, 200],
      [`/${locale}/privacy`, 200],
      [`/${locale}/no-such-page`, 404],
    ];
    for (const [path, status] of publicPages) {
      expect((await page.goto(path))?.status(), path).toBe(status);
      await expectLanguage(page, locale);
      problems.push(...(await seriousAxeProblems(page, axeRules(locale))));
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "common.notFoundTitle"));

    admin ??= seedUserWithSession("admin");
    await context.addCookies([{ name: SESSION_COOKIE, value: (await admin).sessionToken, url: baseURL! }]);
    for (const path of ["", `/letters/${letter.id}`, `/letters/${letter.id}/signatures`].map((p) => `/${locale}/coordinator${p}`)) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectLanguage(page, locale);
      problems.push(...(await seriousAxeProblems(page, axeRules(locale))));
    }
    expect(problems).toEqual([]);
  });
}
