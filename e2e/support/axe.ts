/**
 * Accessibility as axe sees it: serious and critical findings against WCAG 2 A and AA, labelled so
 * a failure says where, which rule and which elements.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * The rules whose outcome depends on a page's words rather than its structure or colours: what the
 * languages spec runs in the languages whose pages are otherwise the same as the English ones.
 */
export const WORDING_RULES = [
  "document-title", "html-has-lang", "html-lang-valid", "valid-lang", "label", "button-name", "link-name",
  "input-button-name", "select-name", "image-alt", "svg-img-alt", "aria-input-field-name", "frame-title", "empty-heading",
] as const;

/** The serious and critical findings on the page as it is now; all WCAG 2 A/AA rules unless `rules` are named. */
export async function seriousAxeProblems(page: Page, rules?: readonly string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules([...rules]) : axe.withTags(["wcag2a", "wcag2aa"])).analyze();
  const { pathname, search } = new URL(page.url());
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${pathname}${search}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export async function expectNoSeriousAxeProblems(page: Page): Promise<void> {
  expect(await seriousAxeProblems(page)).toEqual([]);
}
