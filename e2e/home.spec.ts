import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeProblems } from "./support/axe";

test("the home page loads and has no serious accessibility problems", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await expectNoSeriousAxeProblems(page);
});
