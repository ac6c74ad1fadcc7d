/**
 * A letter shown on other sites: the card in an iframe and the badge as an image, on a page
 * served from another origin. Both show the title and the count in the address's language, run
 * no script, and are the only addresses another site may frame.
 */
import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { seedLetter } from "../lib/testing/seed";
import { appDb } from "./support/seed";

const base = () => test.info().project.use.baseURL!;
const otherPort = () => Number(process.env.E2E_PORT ?? 3100) + 29;

/**
 * Another site: a real HTTP server on loopback under another host name (127.0.0.1, where the app is
 * localhost), so a different origin, and as local as the app (Chromium refuses a page it cannot
 * place on the network, such as one answered by page.route, to frame a local one).
 */
let server: Server;
let hostPage = "";
test.beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPage));
  await new Promise<void>((resolve) => server.listen(otherPort(), "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The other site's page that frames `frame` and shows `image`. */
async function otherSite(page: Page, frame: string, image: string) {
  hostPage = `<!doctype html><html><body><h1>Our campaigns</h1><iframe title="letter" src="${frame}" width="480" height="220"></iframe><img alt="badge" src="${image}"></body></html>`;
  await page.goto(`http://127.0.0.1:${otherPort()}/campaigns`);
}

test("another site frames a letter's card and shows its badge, in the reader's language", async ({ page, request }) => {
  const db = await appDb();
  const letter = await seedLetter(db, {
    title: "Open the WTPF to civil society",
    signatures: [{ orgName: "Alpha", status: "approved" }, { orgName: "Beta", status: "approved" }, { orgName: "Gamma", status: "pending_confirmation" }],
  });
  const card = `${base()}/en/letters/${letter.slug}/embed`;
  const badge = `${base()}/en/letters/${letter.slug}/badge.svg`;
  await otherSite(page, card, badge);

  const frame = page.frameLocator('iframe[title="letter"]');
  await expect(frame.getByRole("link", { name: /Open the WTPF to civil society/ })).toBeVisible();
  await expect(frame.getByText("2 organisations have signed.")).toBeVisible();
  const link = frame.getByRole("link");
  await expect(link).toHaveAttribute("href", `${base()}/en/letters/${letter.slug}`);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect.poll(() => page.locator('img[alt="badge"]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);

  const svg = await request.get(badge);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(await svg.text()).toContain("2 signatures");
  const html = await request.get(card);
  expect(await html.text()).not.toMatch(/<script/i);
  expect(html.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(html.headers()["x-frame-options"]).toBeUndefined();
  // A browser that asks again with the ETag gets 304 while the count is the same.
  expect((await request.get(badge, { headers: { "If-None-Match": svg.headers()["etag"] } })).status()).toBe(304);
});

test("the card and the badge in Arabic are right to left; a draft has neither", async ({ request }) => {
  const db = await appDb();
  const letter = await seedLetter(db, { title: "Keep the Internet open", signatures: [{ orgName: "Alpha", status: "approved" }] });
  const card = await (await request.get(`/ar/letters/${letter.slug}/embed`)).text();
  expect(card).toMatch(/<html lang="en" dir="ltr">/); // the English text, as the page shows it when there is no translation
  expect(card).toContain("وقّعت منظمة واحدة.");
  expect(card).toContain("اقرأ الرسالة ووقّع عليها");
  const badge = await (await request.get(`/ar/letters/${letter.slug}/badge.svg`)).text();
  expect(badge).toContain('direction="rtl"');
  expect(badge).toContain("توقيع واحد");

  const draft = await seedLetter(db, { status: "draft" });
  expect((await request.get(`/en/letters/${draft.slug}/embed`)).status()).toBe(404);
  expect((await request.get(`/en/letters/${draft.slug}/badge.svg`)).status()).toBe(404);
});

test("the letter's own page cannot be framed by another site", async ({ page }) => {
  const db = await appDb();
  const letter = await seedLetter(db, { title: "Not for framing" });
  await otherSite(page, `${base()}/en/letters/${letter.slug}`, `${base()}/favicon.svg`);
  // Chromium refuses the frame (frame-ancestors 'none') and shows its own error page in it instead.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator('iframe[title="letter"]').getByText("Not for framing")).toHaveCount(0);
});

test("a shared link shows the letter's image, title and count, in the page's language", async ({ page, request }) => {
  const db = await appDb();
  const letter = await seedLetter(db, { title: "Open documents before the Plenipotentiary", signatures: [{ orgName: "Alpha", status: "approved" }] });
  await page.goto(`/fr/letters/${letter.slug}`);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toBe(`${base()}/fr/letters/${letter.slug}/share.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Open documents before the Plenipotentiary");

  const png = await request.get(image!);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  // Shown to a reader, it is the letter's card: the count in French.
  await page.setContent(`<img alt="share" src="${image}">`);
  await expect.poll(() => page.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
});
