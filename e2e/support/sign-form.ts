/**
 * The public sign form on a letter page, as a signer sees it: every spec that signs goes
 * through here, so a changed label or field is fixed in one place. Labels come from the
 * catalogue of the page's language, so the same object fills the form in Arabic or French.
 */
import type { Locator, Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { message, startingWith } from "./catalogue";

/** What a signer types. Country and organisation type are visible option labels (Kenya, civil society unless given). */
export type SignAnswers = {
  orgName: string;
  contactName: string;
  email: string;
  country?: string;
  orgType?: string;
  website?: string;
  /** Tick "Send me updates about this letter" (unticked unless given). */
  wantsUpdates?: boolean;
};

export class SignForm {
  readonly orgName: Locator;
  readonly country: Locator;
  readonly orgType: Locator;
  readonly website: Locator;
  readonly contactName: Locator;
  readonly email: Locator;
  readonly consent: Locator;
  readonly wantsUpdates: Locator;
  readonly submitButton: Locator;

  constructor(readonly page: Page, readonly locale: Locale = "en") {
    const label = (field: string) => page.getByLabel(startingWith(message(locale, `signing.fields.${field}`)));
    // Labels are matched from their start: the consent text also mentions "email" and "organisation".
    this.orgName = label("orgName");
    this.country = label("country");
    this.orgType = label("orgType");
    this.website = label("website");
    this.contactName = label("contactName");
    this.email = label("email");
    this.consent = label("consent");
    this.wantsUpdates = page.getByLabel(message(locale, "updates.signing.label"), { exact: true });
    this.submitButton = page.getByRole("button", { name: message(locale, "signing.submit") });
  }

  /** The letter's page, where the form is, in the form's language. */
  async open(slug: string) {
    await this.page.goto(`/${this.locale}/letters/${slug}`);
  }

  /** Fills every required field and ticks consent. */
  async fill(answers: SignAnswers) {
    await this.orgName.fill(answers.orgName);
    // Kenya by its code: its name differs in every language.
    await this.country.selectOption(answers.country ? { label: answers.country } : { value: "KE" });
    await this.orgType.selectOption({ label: answers.orgType ?? message(this.locale, "orgTypes.civil_society") });
    if (answers.website !== undefined) await this.website.fill(answers.website);
    await this.contactName.fill(answers.contactName);
    await this.email.fill(answers.email);
    await this.consent.check();
    if (answers.wantsUpdates) await this.wantsUpdates.check();
  }

  /**
   * Sends the form. With JavaScript a submit before the bot check is done waits for it ("Checking…"):
   * that is the browser's CPU solving the proof of work, slower on a busy machine, so it is waited
   * for here, with time to spare, before any expectation about the answer starts its clock.
   */
  async submit() {
    await this.submitButton.click();
    await this.page
      .getByRole("button", { name: message(this.locale, "signing.checking") })
      .waitFor({ state: "detached", timeout: 60_000 });
  }
}
