"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/access";
import { assignmentSchema, inviteSchema } from "@/lib/coordinators/schema";
import { assignCoordinator, inviteCoordinator, setAccessDisabled, unassignCoordinator } from "@/lib/coordinators/mutations";
import type { InviteFormState } from "@/components/coordinator/invite-form";

// Admin only. A coordinator posting here is answered like a missing page, not "forbidden".
async function requireAdminForAction() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (user.role !== "admin") redirect("/coordinator");
  return user;
}

export async function inviteAction(prev: InviteFormState, form: FormData): Promise<InviteFormState> {
  const admin = await requireAdminForAction();
  const values = { email: String(form.get("email") ?? ""), letterIds: form.getAll("letterIds").map(String) };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return { submission: prev.submission + 1, values, error: parsed.error.issues[0]?.message ?? "invalid_email" };
  const result = await inviteCoordinator(admin, parsed.data);
  if (!result.ok) redirect("/coordinator");
  redirect(`/coordinator/people?invited=${encodeURIComponent(parsed.data.email)}`);
}

async function changeAssignment(form: FormData, op: typeof assignCoordinator): Promise<void> {
  const admin = await requireAdminForAction();
  const parsed = assignmentSchema.safeParse({ userId: form.get("userId"), letterId: form.get("letterId") });
  if (!parsed.success) redirect("/coordinator/people?error=NOT_FOUND");
  const result = await op(admin, parsed.data.letterId, parsed.data.userId);
  redirect(result.ok ? "/coordinator/people" : "/coordinator/people?error=NOT_FOUND");
}

export async function assignAction(form: FormData): Promise<void> {
  await changeAssignment(form, assignCoordinator);
}

export async function unassignAction(form: FormData): Promise<void> {
  await changeAssignment(form, unassignCoordinator);
}

export async function setAccessAction(form: FormData): Promise<void> {
  const admin = await requireAdminForAction();
  const userId = String(form.get("userId") ?? "");
  const result = await setAccessDisabled(admin, userId, form.get("disabled") === "1");
  redirect(result.ok ? "/coordinator/people" : "/coordinator/people?error=NOT_FOUND");
}
