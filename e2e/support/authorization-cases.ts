/** The server actions of the workspace, as the authorisation matrix drives them in a browser. */
import type { Page } from "@playwright/test";
import { ensureSigningLink, makeDraft } from "./founding-seed";

export type Ids = { letterId: string; signatureId: string; orgName: string; otherLetterId: string; coordinatorId: string; coordinatorEmail: string };
export type ActionCase = {
  name: string;
  /** The exported server action the case drives (a guard test checks every one has a case). */
  action: string;
  admin?: boolean;
  /** Any signed-in coordinator may do it (create a letter, change their own settings): only the anonymous attempt must fail. */
  anyCoordinator?: boolean;
  open: (page: Page, ids: Ids) => Promise<void>;
  submit: (page: Page, ids: Ids) => Promise<void>;
};

/** The translations tab in French, with a French translation saved (as the right person) when there is none yet. */
async function frenchTranslation(page: Page, letterId: string) {
  const tab = `/coordinator/letters/${letterId}/translations?locale=fr`;
  await page.goto(tab);
  if (await page.getByText("Delete this translation…").count()) return;
  const form = page.getByRole("form", { name: "French translation" });
  await form.getByLabel("Title").fill("Titre");
  await form.getByLabel("Addressed to").fill("Destinataire");
  await form.getByLabel(/^Text/).fill("Texte.");
  await form.getByRole("button", { name: "Save translation" }).click();
  await page.getByRole("status").filter({ hasText: "Changes saved." }).waitFor();
}

/** A new draft update, saved as the right person; the page then offers to send it. */
async function draftUpdate(page: Page, letterId: string) {
  await page.goto(`/coordinator/letters/${letterId}/updates`);
  await page.getByLabel("Subject", { exact: true }).fill("News");
  await page.getByLabel("Text", { exact: true }).fill("Delivered today.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.getByRole("status").filter({ hasText: "Draft saved." }).waitFor();
}

/** The responses page with one response published (as the right person) when there is none yet; with a PDF attached when asked. */
async function aResponse(page: Page, letterId: string, withPdf = false) {
  await page.goto(`/coordinator/letters/${letterId}/responses`);
  if (!(await page.getByText("Remove this response…").count())) {
    const form = page.getByRole("form", { name: "Add a response" });
    await form.getByLabel("Date received").fill("2026-11-20");
    await form.getByLabel("From", { exact: true }).fill("Secretary-General, ITU");
    await form.getByLabel("Text of the answer").fill("Thank you.");
    await form.getByRole("button", { name: "Publish the response" }).click();
    await page.getByRole("status").filter({ hasText: "The response is published" }).waitFor();
  }
  if (withPdf && !(await page.getByRole("button", { name: "Remove the PDF" }).count())) {
    await page.getByLabel("PDF file (at most 5 MB)").setInputFiles({ name: "answer.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Attach the PDF" }).click();
    await page.getByRole("status").filter({ hasText: "The PDF is attached." }).waitFor();
  }
}

export const cases: ActionCase[] = [
  {
    name: "save an update",
    action: "saveUpdateAction",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/updates`);
      await page.getByLabel("Subject", { exact: true }).fill("Hijacked news");
      await page.getByLabel("Text", { exact: true }).fill("Not from us.");
    },
    submit: (page) => page.getByRole("button", { name: "Save draft" }).click(),
  },
  {
    name: "send an update",
    action: "sendUpdateAction",
    open: async (page, { letterId }) => {
      await draftUpdate(page, letterId);
      await page.getByText(/^(Send to|Publish without sending)/).click();
    },
    submit: (page) => page.getByRole("button", { name: /^(Send now|Publish now)/ }).click(),
  },
  {
    name: "change status",
    action: "changeStatusAction",
    open: (page, { letterId }) => page.goto(`/coordinator/letters/${letterId}`).then(() => undefined),
    submit: (page) => page.getByRole("button", { name: "Close to signatures" }).click(),
  },
  {
    name: "record a delivery",
    action: "recordDeliveryAction",
    open: async (page, { letterId }) => {
      const form = new URLSearchParams({ review: "1", deliveredOn: new Date().toISOString().slice(0, 10), recipient: "Office of the Secretary-General, ITU", method: "email" });
      await page.goto(`/coordinator/letters/${letterId}/deliveries/new?${form}`);
    },
    submit: (page) => page.getByRole("button", { name: "Confirm and record the delivery" }).click(),
  },
  {
    name: "edit the letter",
    action: "updateLetterAction",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/edit`);
      await page.getByLabel("Title").fill("Hijacked title");
    },
    submit: (page) => page.getByRole("button", { name: "Save changes" }).click(),
  },
  {
    name: "save a translation",
    action: "saveTranslationAction",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/translations?locale=es`);
      const form = page.getByRole("form", { name: "Spanish translation" });
      await form.getByLabel("Title").fill("Título secuestrado");
      await form.getByLabel("Addressed to").fill("Destinatario");
      await form.getByLabel(/^Text/).fill("Texto.");
    },
    submit: (page) => page.getByRole("button", { name: "Save translation" }).click(),
  },
  {
    name: "mark a translation as up to date",
    action: "approveTranslationAction",
    open: async (page, { letterId }) => {
      await frenchTranslation(page, letterId);
      if (await page.getByRole("button", { name: "Mark as up to date" }).count()) return;
      // The English text changes, so the French translation is out of date.
      await page.goto(`/coordinator/letters/${letterId}/edit`);
      await page.getByLabel(/^Text/).fill(`Changed text ${Date.now()}.`);
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByRole("status").first().waitFor();
      await page.goto(`/coordinator/letters/${letterId}/translations?locale=fr`);
    },
    submit: (page) => page.getByRole("button", { name: "Mark as up to date" }).click(),
  },
  {
    name: "delete a translation",
    action: "deleteTranslationAction",
    open: async (page, { letterId }) => {
      await frenchTranslation(page, letterId);
      await page.getByText("Delete this translation…").click();
    },
    submit: (page) => page.getByRole("button", { name: "Delete the French translation" }).click(),
  },
  {
    name: "publish a response",
    action: "saveResponseAction",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/responses`);
      const form = page.getByRole("form", { name: "Add a response" });
      await form.getByLabel("Date received").fill("2026-11-21");
      await form.getByLabel("From", { exact: true }).fill("Hijacked author");
      await form.getByLabel("Text of the answer").fill("Hijacked text.");
    },
    submit: (page) => page.getByRole("button", { name: "Publish the response" }).click(),
  },
  {
    name: "remove a response",
    action: "removeResponseAction",
    open: async (page, { letterId }) => {
      await aResponse(page, letterId);
      await page.getByText("Remove this response…").click();
    },
    submit: (page) => page.getByRole("button", { name: "Remove the response from Secretary-General, ITU" }).click(),
  },
  {
    name: "remove a response's PDF",
    action: "removeResponsePdfAction",
    open: (page, { letterId }) => aResponse(page, letterId, true),
    submit: (page) => page.getByRole("button", { name: "Remove the PDF" }).click(),
  },
  {
    name: "approve one",
    action: "moderateAction",
    open: (page, { letterId }) => page.goto(`/coordinator/letters/${letterId}/signatures`).then(() => undefined),
    submit: (page, { orgName }) => page.getByRole("button", { name: `Approve: ${orgName}` }).click(),
  },
  {
    name: "reject in bulk",
    action: "moderateAction",
    open: async (page, { letterId, orgName }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.getByRole("checkbox", { name: `Select ${orgName}` }).check();
      await page.getByLabel("Reason for rejection").fill("no");
    },
    submit: (page) => page.getByRole("button", { name: "Reject selected" }).click(),
  },
  {
    name: "rename",
    action: "renameAction",
    open: async (page, { letterId, signatureId }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.locator(`#name-${signatureId}`).fill("Renamed Org");
    },
    submit: (page) => page.getByRole("button", { name: "Save name" }).click(),
  },
  {
    name: "erase personal data",
    action: "eraseAction",
    open: async (page, { letterId, signatureId }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.locator(`tr[data-signature-id="${signatureId}"] summary`).click();
    },
    submit: (page, { orgName }) => page.getByRole("button", { name: `Erase permanently: ${orgName}` }).click(),
  },
  {
    // A person's own settings: whoever is signed in changes only their own.
    name: "change own settings",
    action: "saveSettingsAction",
    anyCoordinator: true,
    open: async (page) => {
      await page.goto("/coordinator/settings");
      await page.getByLabel(/daily mail listing the signatures/).setChecked(false);
    },
    submit: (page) => page.getByRole("button", { name: "Save settings" }).click(),
  },
  {
    name: "add a signature by hand",
    action: "addSignatureAction",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures/add`);
      await page.getByLabel("Name of the organisation (or of the person)").fill("Hijacked Org");
      await page.getByLabel("Country", { exact: true }).selectOption("FR");
      await page.getByLabel("Type of organisation").selectOption("academic");
      await page.getByLabel("Contact person").fill("Someone");
      await page.getByLabel("Contact's email address").fill(`hijack-${Date.now()}@example.org`);
    },
    submit: (page) => page.getByRole("button", { name: "Add the signature" }).click(),
  },
  {
    name: "import signatures",
    action: "importSignaturesAction",
    open: async (page, { letterId }) => {
      // Checked as the right person: the confirm form carries the text to import.
      await page.goto(`/coordinator/letters/${letterId}/signatures/import`);
      await page.getByLabel("Or paste the CSV text").fill(`organisation,country,organisation_type,contact_name,email\nHijacked Org,FR,academic,Someone,hijack-${Date.now()}@example.org`);
      await page.getByRole("button", { name: "Check the file" }).click();
      await page.getByRole("button", { name: "Import 1 signature" }).waitFor();
    },
    submit: (page) => page.getByRole("button", { name: "Import 1 signature" }).click(),
  },
  {
    name: "invite",
    action: "inviteAction",
    admin: true,
    open: async (page) => {
      await page.goto("/coordinator/people");
      await page.getByLabel("Email address").fill(`invitee-${Date.now()}@example.org`);
    },
    submit: (page) => page.getByRole("button", { name: "Send invitation" }).click(),
  },
  {
    name: "assign",
    action: "assignAction",
    admin: true,
    open: async (page, { coordinatorId, letterId }) => {
      await page.goto("/coordinator/people");
      await page.locator(`#assign-${coordinatorId}`).selectOption(letterId);
    },
    submit: (page, { coordinatorEmail }) => page.locator(`tr[data-email="${coordinatorEmail}"]`).getByRole("button", { name: "Give access" }).click(),
  },
  {
    name: "unassign",
    action: "unassignAction",
    admin: true,
    open: (page) => page.goto("/coordinator/people").then(() => undefined),
    submit: (page, { coordinatorEmail }) =>
      page.locator(`tr[data-email="${coordinatorEmail}"]`).getByRole("button", { name: /^Remove/ }).first().click(),
  },
  {
    name: "take away access",
    action: "setAccessAction",
    admin: true,
    open: (page) => page.goto("/coordinator/people").then(() => undefined),
    submit: (page, { coordinatorEmail }) =>
      page.getByRole("button", { name: `Take away access for ${coordinatorEmail}` }).click(),
  },
  {
    name: "restore access",
    action: "setAccessAction",
    admin: true,
    open: async (page, { coordinatorEmail }) => {
      await page.goto("/coordinator/people");
      const restore = page.getByRole("button", { name: `Restore access for ${coordinatorEmail}` });
      if (await restore.count()) return;
      await page.getByRole("button", { name: `Take away access for ${coordinatorEmail}` }).click();
      await restore.waitFor();
    },
    submit: (page, { coordinatorEmail }) => page.getByRole("button", { name: `Restore access for ${coordinatorEmail}` }).click(),
  },
  {
    name: "create a letter",
    action: "createLetterAction",
    anyCoordinator: true,
    open: async (page) => {
      await page.goto("/coordinator/letters/new");
      await page.getByLabel("Title").fill(`Authz new ${Date.now()}`);
      await page.getByLabel("Addressed to").fill("Someone");
      await page.getByLabel(/^Text/).fill("Text.");
    },
    submit: (page) => page.getByRole("button", { name: "Create draft" }).click(),
  },
  {
    name: "create a private signing link",
    action: "createSigningLinkAction",
    open: async (page, { letterId }) => {
      await makeDraft(letterId);
      await page.goto(`/coordinator/letters/${letterId}`);
      await page.getByLabel("Who is it for?").fill("Hijackers");
    },
    submit: (page) => page.getByRole("button", { name: "Create a private link" }).click(),
  },
  {
    name: "revoke a private signing link",
    action: "revokeSigningLinkAction",
    open: async (page, { letterId }) => {
      await makeDraft(letterId);
      await ensureSigningLink(letterId, "Drafting group");
      await page.goto(`/coordinator/letters/${letterId}`);
    },
    submit: (page) => page.getByRole("button", { name: "Revoke the link for Drafting group" }).click(),
  },
  {
    name: "set the publication hour",
    action: "setPublishAtAction",
    open: async (page, { letterId }) => {
      await makeDraft(letterId);
      await page.goto(`/coordinator/letters/${letterId}`);
      await page.getByLabel("Publish on (UTC)").fill(`${new Date().getUTCFullYear() + 1}-03-01T09:30`);
    },
    submit: (page) => page.getByRole("button", { name: "Set the publication hour" }).click(),
  },
];

