/**
 * The page cache through the built app (lib/page-cache/): a letter's page is rendered once and
 * then served from the cache with a CSP that names its inline scripts by hash; the page still
 * comes alive in the browser, an inline script injected into it does not run, and a coordinator's
 * approval shows on the public page at once on the instance that made it and soon after on a
 * second instance sharing the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { seedLetter, seedSignature } from "../lib/testing/seed";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { appDb } from "./support/seed";

const appPort = () => Number(process.env.E2E_PORT ?? 3100);
const secondPort = () => appPort() + 28;
const second = () => `http://localhost:${secondPort()}`;
let instance: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await appDb();
  instance = spawn("node", ["e2e/support/while-runner.mjs", "node_modules/.bin/next", "start", "-p", String(secondPort())], {
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: process.env.NODE_OPTIONS, E2E_RUNNER_PID: process.env.E2E_RUNNER_PID,
      NODE_ENV: "production", NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: process.env.E2E_DATABASE_URL, DATA_DIR: process.env.E2E_DATA_DIR, AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      SMTP_URL: `smtp://127.0.0.1:${Number(process.env.E2E_SMTP_PORT ?? appPort() + 25)}`, APP_URL: second(), MAIL_POLL_MS: "500",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect.poll(async () => (await fetch(`${second()}/en`).catch(() => null))?.status ?? 0, { timeout: 90_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  instance?.kill("SIGTERM");
});

/** Asks until the page comes from the cache (a new letter is known to it at its next read of the letters). */
const warm = (request: APIRequestContext, url: string) =>
  expect.poll(async () => (await request.get(url)).headers()["x-page-cache"]).toBe("hit");

/** Next's client sets window.next once its scripts have run. */
const cameAlive = (page: Page) => page.waitForFunction(() => "next" in window && document.readyState === "complete");

test("a letter's page is served from the cache, with a CSP of script hashes, and comes alive in the browser", async ({ page, request }) => {
  const db = await appDb();
  const letter = await seedLetter(db, { signatures: [{ orgName: "Cached Coalition", status: "approved" }] });
  const url = `/en/letters/${letter.slug}`;

  await warm(request, url);
  const cached = await request.get(url);
  const scripts = cached.headers()["content-security-policy"].split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  expect(await cached.text()).not.toContain("nonce=");
  const etag = cached.headers()["etag"];
  expect((await request.get(url, { headers: { "If-None-Match": etag } })).status()).toBe(304);

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await cameAlive(page);
  await expect(page.getByText("Cached Coalition")).toBeVisible();
  // With its scripts running, the form checks answers in the browser: nothing is sent.
  await page.getByRole("button", { name: "Sign the letter" }).click();
  await expect(page.getByText("Enter your organisation's name.").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("the proof-of-work widget solves on a cached page, with no CSP violation", async ({ page, request }) => {
  const letter = await seedLetter(await appDb());
  const url = `/en/letters/${letter.slug}`;
  await warm(request, url);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(url);
  await page.getByLabel("Organisation name").focus();
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  expect(violations).toEqual([]);
});

test("an inline script injected into a cached page is blocked by its CSP", async ({ page, request }) => {
  const db = await appDb();
  const letter = await seedLetter(db);
  const url = `/en/letters/${letter.slug}`;
  await warm(request, url);

  // What an attacker would need: a script inside the page. The response's own headers stay.
  await page.route(`**${url}`, async (route) => {
    const response = await route.fetch();
    expect(response.headers()["x-page-cache"]).toBe("hit");
    const html = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  const blocked = new Promise<string>((resolve) => {
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) resolve(message.text());
    });
  });
  await page.goto(url);
  expect(await blocked).toMatch(/inline script/i);
  await cameAlive(page);
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
});

test("an approval shows on the cached page at once here, and on a second instance sharing the database", async ({ browser, request }) => {
  const db = await appDb();
  const admin = await seedUserWithSession("admin");
  const letter = await seedLetter(db, { signatures: [{ orgName: "Early Network", status: "approved" }] });
  const waiting = await seedSignature(db, letter.id, { orgName: "Newly Approved Alliance" });
  expect(waiting.status).not.toBe("approved");
  const url = `/en/letters/${letter.slug}`;

  // Both instances have the page in their cache, without the new name.
  for (const base of ["", second()]) {
    await warm(request, `${base}${url}`);
    expect(await (await request.get(`${base}${url}`)).text()).not.toContain("Newly Approved Alliance");
  }

  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: admin.sessionToken, url: `http://localhost:${appPort()}`, httpOnly: true, sameSite: "Lax" }]);
  const coordinator = await context.newPage();
  await coordinator.goto(`/en/coordinator/letters/${letter.id}/signatures`);
  await coordinator.getByRole("button", { name: "Approve: Newly Approved Alliance" }).click();
  await expect(coordinator.getByText("1 signature approved.")).toBeVisible();
  await context.close();

  // The instance that approved dropped its copy before answering.
  expect(await (await request.get(url)).text()).toContain("Newly Approved Alliance");
  // The other sees the change at its next read of the letters (every WATCH_INTERVAL_MS).
  await expect.poll(async () => (await (await request.get(`${second()}${url}`)).text()).includes("Newly Approved Alliance")).toBe(true);
});
