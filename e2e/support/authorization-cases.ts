/** The server actions of the workspace, as the authorisation matrix drives them in a browser. */
import type { Page } from "@playwright/test";

export type Ids = { letterId: string; signatureId: string; orgName: string; otherLetterId: string; coordinatorId: string; coordinatorEmail: string };
export type ActionCase = {
  name: string;
  admin?: boolean;
  open: (page: Page, ids: Ids) => Promise<void>;
  submit: (page: Page, ids: Ids) => Promise<void>;
};

export const cases: ActionCase[] = [
  {
    name: "change status",
    open: (page, { letterId }) => page.goto(`/coordinator/letters/${letterId}`).then(() => undefined),
    submit: (page) => page.getByRole("button", { name: "Close to signatures" }).click(),
  },
  {
    name: "edit the letter",
    open: async (page, { letterId }) => {
      await page.goto(`/coordinator/letters/${letterId}/edit`);
      await page.getByLabel("Title").fill("Hijacked title");
    },
    submit: (page) => page.getByRole("button", { name: "Save changes" }).click(),
  },
  {
    name: "approve one",
    open: (page, { letterId }) => page.goto(`/coordinator/letters/${letterId}/signatures`).then(() => undefined),
    submit: (page, { orgName }) => page.getByRole("button", { name: `Approve: ${orgName}` }).click(),
  },
  {
    name: "reject in bulk",
    open: async (page, { letterId, orgName }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.getByRole("checkbox", { name: `Select ${orgName}` }).check();
      await page.getByLabel("Reason for rejection").fill("no");
    },
    submit: (page) => page.getByRole("button", { name: "Reject selected" }).click(),
  },
  {
    name: "rename",
    open: async (page, { letterId, signatureId }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.locator(`#name-${signatureId}`).fill("Renamed Org");
    },
    submit: (page) => page.getByRole("button", { name: "Save name" }).click(),
  },
  {
    name: "erase personal data",
    open: async (page, { letterId, signatureId }) => {
      await page.goto(`/coordinator/letters/${letterId}/signatures`);
      await page.locator(`tr[data-signature-id="${signatureId}"] summary`).click();
    },
    submit: (page, { orgName }) => page.getByRole("button", { name: `Erase permanently: ${orgName}` }).click(),
  },
  {
    name: "invite",
    admin: true,
    open: async (page) => {
      await page.goto("/coordinator/people");
      await page.getByLabel("Email address").fill(`invitee-${Date.now()}@example.org`);
    },
    submit: (page) => page.getByRole("button", { name: "Send invitation" }).click(),
  },
  {
    name: "assign",
    admin: true,
    open: async (page, { coordinatorId, letterId }) => {
      await page.goto("/coordinator/people");
      await page.locator(`#assign-${coordinatorId}`).selectOption(letterId);
    },
    submit: (page, { coordinatorEmail }) => page.locator(`tr[data-email="${coordinatorEmail}"]`).getByRole("button", { name: "Give access" }).click(),
  },
  {
    name: "unassign",
    admin: true,
    open: (page) => page.goto("/coordinator/people").then(() => undefined),
    submit: (page, { coordinatorEmail }) =>
      page.locator(`tr[data-email="${coordinatorEmail}"]`).getByRole("button", { name: /^Remove/ }).first().click(),
  },
  {
    name: "take away access",
    admin: true,
    open: (page) => page.goto("/coordinator/people").then(() => undefined),
    submit: (page, { coordinatorEmail }) =>
      page.getByRole("button", { name: `Take away access for ${coordinatorEmail}` }).click(),
  },
  {
    name: "create a letter",
    open: async (page) => {
      await page.goto("/coordinator/letters/new");
      await page.getByLabel("Title").fill(`Authz new ${Date.now()}`);
      await page.getByLabel("Addressed to").fill("Someone");
      await page.getByLabel(/^Text/).fill("Text.");
    },
    submit: (page) => page.getByRole("button", { name: "Create draft" }).click(),
  },
];

