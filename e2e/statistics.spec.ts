/**
 * The breadth of support at a glance, without JavaScript: the public page's summary ("N
 * organisations from M countries", by ITU region, by stakeholder group) and the workspace's charts,
 * drawn on the server as SVG, each with its figures as a table. The counts themselves are
 * integration tests on both databases (lib/signatures/breadth.test.ts, statistics.test.ts).
 */
import { expect, test } from "@playwright/test";
import { seedLetter } from "../lib/testing/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";
import { SESSION_COOKIE, seedUserWithSession } from "./support/coordinator-seed";
import { appDb } from "./support/seed";

test.use({ javaScriptEnabled: false });

test("the summary and the charts show without JavaScript, with the figures of the rows", async ({ page, context, browser, baseURL }) => {
  const coordinator = await seedUserWithSession("coordinator");
  const letter = await seedLetter(await appDb(), {
    coordinatorId: coordinator.id,
    signatures: [
      { status: "approved", country: "KE", orgType: "civil_society" },
      { status: "approved", country: "KE", orgType: "academic" },
      { status: "approved", country: "FR", orgType: "civil_society" },
      { status: "confirmed", country: "BR" },
      { status: "rejected", country: "KE" },
    ],
  });

  // The public page: approved signatures only.
  await page.goto(`/en/letters/${letter.slug}`);
  const breadth = page.locator("[data-breadth]");
  await expect(breadth).toContainText("3 organisations from 2 countries");
  const regions = breadth.getByRole("table", { name: "By ITU region" });
  await expect(regions.getByRole("row", { name: /Africa/ })).toContainText("2");
  await expect(regions.getByRole("row", { name: /Europe/ })).toContainText("1");
  await expect(regions.getByRole("row", { name: /Americas/ })).toHaveCount(0);
  const groups = breadth.getByRole("table", { name: "By stakeholder group" });
  await expect(groups.getByRole("row", { name: /Civil society/i })).toContainText("2");

  // The workspace's charts: every signature, by status.
  await context.addCookies([{ name: SESSION_COOKIE, value: coordinator.sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`/en/coordinator/letters/${letter.id}/statistics`);
  const byCountry = page.getByRole("figure", { name: "Signatures by country, by status" });
  await expect(byCountry.locator("svg rect")).not.toHaveCount(0);
  const table = byCountry.getByRole("table");
  await expect(table.getByRole("row", { name: /Kenya/ }).getByRole("cell").last()).toHaveText("3");
  await expect(table.getByRole("row", { name: /Brazil/ }).getByRole("cell").last()).toHaveText("1");
  const byDay = page.getByRole("figure", { name: "Signatures by day, by status" });
  await expect(byDay.getByRole("table").getByRole("row").last().getByRole("cell").last()).toHaveText("5");

  // axe runs as a script in the page: the same page, in a browser with JavaScript.
  const withScripts = await browser.newContext({ javaScriptEnabled: true });
  await withScripts.addCookies(await context.cookies());
  const checked = await withScripts.newPage();
  await checked.goto(`/en/coordinator/letters/${letter.id}/statistics`);
  await expectNoSeriousAxeProblems(checked);
  await withScripts.close();
});
