/**
 * Tiers of signatories on the public letter page: initial signatories, signatories and those who
 * joined after delivery, each under its own heading with its count, in that order; a letter of
 * plain signatories shows its one list without a tier heading, as before. Seeded straight into the
 * database with a tier (lib/testing/seed.ts); the words come from messages/<locale>/tiers.json.
 */
import { expect, test } from "@playwright/test";
import { seedLetter, uniqueId } from "../lib/testing/seed";
import { message } from "./support/catalogue";
import { appDb } from "./support/seed";
import { expectNoSeriousAxeProblems } from "./support/axe";

test("the three tiers under their headings, in order, with their counts; axe finds nothing serious", async ({ page, request }) => {
  const tag = uniqueId();
  const approved = (orgName: string, tier?: string) => ({ orgName: `${orgName} ${tag}`, status: "approved", ...(tier ? { tier } : {}) });
  const letter = await seedLetter(await appDb(), {
    signatures: [
      approved("Zulu Founders", "initial"), approved("Yankee Drafters", "initial"),
      approved("Mike Network"), approved("Alpha Rights"), approved("Bravo Union"),
      approved("Aardvark Latecomers", "endorsement"),
      { orgName: `Unconfirmed Founder ${tag}`, tier: "initial", status: "confirmed" },
    ],
  });
  await page.goto(`/en/letters/${letter.slug}`);
  const list = page.locator("#signatories");
  await expect(list.getByRole("heading", { level: 2 })).toHaveText("Signatories");
  await expect(list.getByRole("heading", { level: 3 })).toHaveText(["Initial signatories (2)", "Signatories (3)", "Joined after delivery (1)"]);
  const tier = (name: string) => list.getByRole("region", { name }).getByRole("listitem");
  await expect(tier("Initial signatories (2)")).toContainText([`Yankee Drafters ${tag}`, `Zulu Founders ${tag}`]);
  await expect(tier("Signatories (3)")).toContainText([`Alpha Rights ${tag}`, `Bravo Union ${tag}`, `Mike Network ${tag}`]);
  await expect(tier("Joined after delivery (1)")).toContainText([`Aardvark Latecomers ${tag}`]);
  await expect(list).not.toContainText("Unconfirmed Founder");

  await expectNoSeriousAxeProblems(page);

  // The same headings in a reader's language.
  const french = (tier: string, count: number) => message("fr", "tiers.withCount", { tier: message("fr", `tiers.headings.${tier}`), count });
  await page.goto(`/fr/letters/${letter.slug}`);
  await expect(page.locator("#signatories").getByRole("heading", { level: 3 })).toHaveText([french("initial", 2), french("signatory", 3), french("endorsement", 1)]);

  // The public CSV says each row's tier, in the page's order.
  const csv = await (await request.get(`/en/letters/${letter.slug}/signatories.csv`)).text();
  const rows = csv.split("\r\n").slice(1).filter(Boolean).map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
  // `tier` is the seventh column (kind and affiliation follow it).
  expect(rows.map((cells) => `${cells[6]} ${cells[0]}`)).toEqual([
    `initial Yankee Drafters ${tag}`, `initial Zulu Founders ${tag}`,
    `signatory Alpha Rights ${tag}`, `signatory Bravo Union ${tag}`, `signatory Mike Network ${tag}`,
    `endorsement Aardvark Latecomers ${tag}`,
  ]);
});

test("a letter of plain signatories shows one list, without tier headings", async ({ page }) => {
  const letter = await seedLetter(await appDb(), { signatures: [{ orgName: "Plain One", status: "approved" }, { orgName: "Plain Two", status: "approved" }] });
  await page.goto(`/en/letters/${letter.slug}`);
  const list = page.locator("#signatories");
  await expect(list.getByRole("list", { name: "Signatory organisations" }).getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("heading", { level: 3 })).toHaveCount(0);
});
