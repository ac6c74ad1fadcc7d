"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { letterAccess } from "@/lib/auth/access";
import { eraseSignature } from "@/lib/signatures/erasure";
import { moderateSignatures, moderationSchema, renameSchema, renameSignature } from "@/lib/signatures/moderation";

// Back to the queue with the same filters; only our own query keys survive the round trip.
function backTo(letterId: string, form: FormData, notice: string): string {
  const params = new URLSearchParams();
  for (const key of ["status", "country", "orgType", "q", "page"]) {
    const v = form.get(`back_${key}`);
    if (typeof v === "string" && v) params.set(key, v);
  }
  params.set("notice", notice);
  return `/coordinator/letters/${letterId}/signatures?${params}`;
}

async function guard(form: FormData) {
  const letterId = String(form.get("letterId") ?? "");
  const access = await letterAccess(letterId);
  if (!access.ok) redirect(access.status === 401 ? "/signin" : "/coordinator");
  return { letterId, user: access.user };
}

/**
 * One form serves both ways of deciding: a row's own button posts single=approve:<id>, the bulk
 * buttons post decision=approve|reject with the ticked ids.
 */
export async function moderateAction(form: FormData): Promise<void> {
  const { letterId, user } = await guard(form);
  const single = String(form.get("single") ?? "");
  const [singleDecision, singleId] = single.split(":");
  const parsed = moderationSchema.safeParse({
    decision: single ? singleDecision : form.get("decision"),
    ids: single ? [singleId] : form.getAll("ids").map(String),
    reason: String(form.get("reason") ?? ""),
  });
  if (!parsed.success) {
    const noneSelected = parsed.error.issues.some((i) => i.message === "none_selected");
    redirect(backTo(letterId, form, noneSelected ? "none_selected" : "invalid"));
  }
  const result = await moderateSignatures(user, letterId, parsed.data);
  if (result.changed.length) revalidatePath("/", "layout");
  const done = parsed.data.decision === "approve" ? "approved" : "rejected";
  redirect(backTo(letterId, form, `${done}-${result.changed.length}-${result.skipped.length}`));
}

export async function renameAction(form: FormData): Promise<void> {
  const { letterId, user } = await guard(form);
  const parsed = renameSchema.safeParse({ id: form.get("id"), displayName: form.get("displayName") ?? "" });
  if (!parsed.success) redirect(backTo(letterId, form, "invalid"));
  const result = await renameSignature(user, letterId, parsed.data);
  if (result.ok) revalidatePath("/", "layout");
  redirect(backTo(letterId, form, result.ok ? "renamed" : "invalid"));
}

/** A signer asked for their personal data to go: blank it, keep the signature and the audit. */
export async function eraseAction(form: FormData): Promise<void> {
  const { letterId, user } = await guard(form);
  const result = await eraseSignature(user, letterId, String(form.get("id") ?? ""));
  if (result.ok) revalidatePath("/", "layout");
  redirect(backTo(letterId, form, result.ok ? "erased" : "invalid"));
}
