/**
 * The public sign form on a letter page, as a signer sees it: every spec that signs goes
 * through here, so a changed label or field is fixed in one place.
 */
import type { Locator, Page } from "@playwright/test";

/** What a signer types. Country and organisation type are the visible option labels. */
export type SignAnswers = {
  orgName: string;
  contactName: string;
  email: string;
  country?: string;
  orgType?: string;
  website?: string;
};

export class SignForm {
  readonly orgName: Locator;
  readonly country: Locator;
  readonly orgType: Locator;
  readonly website: Locator;
  readonly contactName: Locator;
  readonly email: Locator;
  readonly consent: Locator;
  readonly submitButton: Locator;

  constructor(readonly page: Page) {
    // Labels are matched from their start: the consent text also mentions "email" and "organisation".
    this.orgName = page.getByLabel(/^Organisation name/);
    this.country = page.getByLabel(/^Country/);
    this.orgType = page.getByLabel(/^Organisation type/);
    this.website = page.getByLabel(/^Website/);
    this.contactName = page.getByLabel(/^Contact name/);
    this.email = page.getByLabel(/^Email/);
    this.consent = page.getByLabel(/^I confirm/);
    this.submitButton = page.getByRole("button", { name: "Sign the letter" });
  }

  /** The letter's page, where the form is. */
  async open(slug: string) {
    await this.page.goto(`/letters/${slug}`);
  }

  /** Fills every required field (Kenya, civil society unless told otherwise) and ticks consent. */
  async fill(answers: SignAnswers) {
    await this.orgName.fill(answers.orgName);
    await this.country.selectOption({ label: answers.country ?? "Kenya" });
    await this.orgType.selectOption({ label: answers.orgType ?? "Civil society / NGO" });
    if (answers.website !== undefined) await this.website.fill(answers.website);
    await this.contactName.fill(answers.contactName);
    await this.email.fill(answers.email);
    await this.consent.check();
  }

  async submit() {
    await this.submitButton.click();
  }
}
