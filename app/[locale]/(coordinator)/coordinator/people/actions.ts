"use server";

import { getLocale } from "next-intl/server";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { adminAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { accessSchema, assignmentSchema, inviteSchema } from "@/lib/coordinators/schema";
import { assignCoordinator, inviteCoordinator, setAccessDisabled, unassignCoordinator } from "@/lib/coordinators/mutations";
import type { InviteFormState } from "@/components/coordinator/invite-form";

// Admin only: the wrapper answers a coordinator posting here like a missing page.
const PEOPLE = "/coordinator/people";

export async function inviteAction(prev: InviteFormState, form: FormData): Promise<InviteFormState> {
  const values = { email: String(form.get("email") ?? ""), letterIds: form.getAll("letterIds").map(String) };
  // The invitation goes out in the inviting admin's interface language.
  const locale = await getLocale();
  const result = await adminAction(inviteSchema, values, (invite, { admin }) => inviteCoordinator(admin, invite, locale));
  if (!result.ok && result.code === "INVALID_INPUT") return failedForm(prev, values, result);
  if (!result.ok) return redirectTo(workspaceUrl(result, PEOPLE, {}));
  return redirectTo(`${PEOPLE}?invited=${encodeURIComponent(inviteSchema.parse(values).email)}`);
}

const assignment = (form: FormData) => ({ userId: form.get("userId"), letterId: form.get("letterId") });

export async function assignAction(form: FormData): Promise<void> {
  const result = await adminAction(assignmentSchema, assignment(form), (input, { admin }) => assignCoordinator(admin, input));
  return redirectTo(workspaceUrl(result, PEOPLE, {}));
}

export async function unassignAction(form: FormData): Promise<void> {
  const result = await adminAction(assignmentSchema, assignment(form), (input, { admin }) => unassignCoordinator(admin, input));
  return redirectTo(workspaceUrl(result, PEOPLE, {}));
}

export async function setAccessAction(form: FormData): Promise<void> {
  const input = { userId: form.get("userId"), disabled: form.get("disabled") === "1" ? "1" : "0" };
  const result = await adminAction(accessSchema, input, (access, { admin }) => setAccessDisabled(admin, access));
  return redirectTo(workspaceUrl(result, PEOPLE, {}));
}
