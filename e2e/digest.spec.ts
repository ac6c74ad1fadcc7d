/**
 * The coordinators' daily digest, in the browser: the workspace's settings page switches it off and
 * on and sets the language of the mails; a mail client's one-click POST from another site switches
 * it off (and a forged link is refused). Sending, counts and languages are checked by
 * lib/coordinators/digest.test.ts on both databases. Axe on the settings page.
 */
import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeProblems } from "./support/axe";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession } from "./support/coordinator-seed";

/** The digest's one-click address as the app makes it (lib/mail/unsubscribe-link.ts), from the e2e server's secret. */
function oneClickUrl(baseURL: string, userId: string): string {
  const key = createHmac("sha256", process.env.E2E_AUTH_SECRET!).update("pseudonym:digest-unsubscribe").digest();
  return `${baseURL}/api/digest/unsubscribe/${userId}/${createHmac("sha256", key).update(userId).digest("hex").slice(0, 32)}`;
}

test("a coordinator switches the daily digest off from a mail client and back on from the workspace, in French", async ({ page, context, request, baseURL }) => {
  const me = await seedUserWithSession("coordinator");
  await seedLetterWithSignature(me.id);
  await context.addCookies([{ name: SESSION_COOKIE, value: me.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);

  await page.goto("/en/coordinator");
  await page.getByRole("navigation", { name: "Coordinator workspace" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("Daily digest: on")).toBeVisible();
  const box = page.getByLabel(/daily mail listing the signatures/);
  await expect(box).toBeChecked();
  await expectNoSeriousAxeProblems(page);

  // A mail client's one-click POST, from another site, without cookies: 200, and the digest is off. A forged key: 404.
  const post = (url: string) => request.post(url, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example.net", "sec-fetch-site": "cross-site", cookie: "" },
    maxRedirects: 0,
  });
  const oneClick = oneClickUrl(baseURL!, me.id);
  expect((await post(oneClick.replace(/[0-9a-f]$/, (c) => (c === "0" ? "1" : "0")))).status()).toBe(404);
  expect((await post(oneClick)).status()).toBe(200);
  await page.reload();
  await expect(page.getByText("Daily digest: off")).toBeVisible();
  await expect(box).not.toBeChecked();

  // Back on, with mails in French: the page says so after the save (and still speaks English).
  await box.check();
  await page.getByLabel("Language of my mails").selectOption("fr");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await expect(page.getByText("Daily digest: on")).toBeVisible();
  await expect(page.getByLabel("Language of my mails")).toHaveValue("fr");
  await expect(box).toBeChecked();
});
