/**
 * The files every site is asked for by browsers and crawlers: the icons, the manifest and
 * robots.txt, served as they are from public/ in every language, and a robots.txt that keeps
 * crawlers out of the workspace and the links mailed to signers while letters stay findable.
 */
import { expect, test } from "@playwright/test";

/** RFC 9309 matching, as crawlers do it: `*` is any run of characters, `$` ends the path; the longest rule wins. */
function allowedByRobots(robots: string, path: string): boolean {
  const rules = robots
    .split("\n")
    .map((line) => /^(allow|disallow):\s*(\S*)/i.exec(line.replace(/#.*/, "").trim()))
    .filter((m): m is RegExpExecArray => m !== null && m[2] !== "")
    .map(([, kind, pattern]) => ({
      allow: kind.toLowerCase() === "allow",
      length: pattern.length,
      regex: new RegExp(`^${pattern.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`),
    }))
    .filter((rule) => rule.regex.test(path))
    .sort((a, b) => b.length - a.length);
  return rules.length === 0 || rules[0].allow;
}

test("the favicon, the icons and the manifest are served as what they are, with no language in the way", async ({ request, page }) => {
  for (const [path, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/favicon.svg", /image\/svg\+xml/],
    ["/apple-touch-icon.png", /image\/png/],
    ["/icon-512.png", /image\/png/],
    ["/manifest.webmanifest", /application\/manifest\+json/],
  ] as const) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toMatch(type);
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.name).toBe("Undersigned");

  // Every page, in any language, names them.
  await page.goto("/ar/privacy");
  await expect(page.locator('link[rel="icon"][href="/favicon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});

test("robots.txt keeps crawlers out of the workspace and signers' links, and lets them read letters", async ({ request }) => {
  const res = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/text\/plain/);
  const robots = await res.text();
  for (const path of ["/", "/en", "/fr/letters/keep-it-open", "/ar/letters/keep-it-open?page=3", "/en/letters/keep-it-open/signatories.csv", "/zh/privacy"]) {
    expect(allowedByRobots(robots, path), path).toBe(true);
  }
  for (const path of [
    "/en/coordinator", "/fr/coordinator/letters/abc/signatures", "/en/signin", "/es/confirm/tok3n", "/ru/withdraw/tok3n",
    "/en/letters/keep-it-open/founding/tok3n", "/en/letters/keep-it-open/signed", "/api/altcha",
  ]) {
    expect(allowedByRobots(robots, path), path).toBe(false);
  }
});
