"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import type { Failure } from "@/lib/errors";
import { eraseSignerData, moderateSignatures, renameSignature } from "@/lib/moderation/mutations";
import { erasureSchema, moderationSchema, renameSchema } from "@/lib/moderation/schema";

// Back to the queue with the same filters; only our own query keys survive the round trip.
function backTo(form: FormData, result: { ok: true } | Failure, success: Record<string, string | number>): string {
  const keep: Record<string, string> = {};
  for (const key of ["status", "country", "orgType", "q", "page"]) {
    const v = form.get(`back_${key}`);
    if (typeof v === "string" && v) keep[key] = v;
  }
  return workspaceUrl(result, `/coordinator/letters/${String(form.get("letterId"))}/signatures`, success, keep);
}

/**
 * One form serves both ways of deciding: a row's own button posts single=approve:<id>, the bulk
 * buttons post decision=approve|reject with the ticked ids.
 */
export async function moderateAction(form: FormData): Promise<void> {
  const single = String(form.get("single") ?? "");
  const [singleDecision, singleId] = single.split(":");
  const input = {
    letterId: form.get("letterId"),
    decision: single ? singleDecision : form.get("decision"),
    ids: single ? [singleId] : form.getAll("ids").map(String),
    reason: String(form.get("reason") ?? ""),
  };
  const result = await letterAction(moderationSchema, input, (decision, { letter }) => moderateSignatures(letter, decision));
  if (result.ok && result.changed.length) revalidatePath("/", "layout");
  if (!result.ok) {
    // Nothing ticked is the one input problem a coordinator can cause here: say so plainly.
    return redirectTo(backTo(form, result.fieldErrors?.ids === "NONE_SELECTED" ? { ...result, code: "NONE_SELECTED" } : result, {}));
  }
  const done = input.decision === "approve" ? "approved" : "rejected";
  return redirectTo(backTo(form, result, { notice: done, changed: result.changed.length, skipped: result.skipped.length }));
}

export async function renameAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), id: form.get("id"), displayName: form.get("displayName") ?? "" };
  const result = await letterAction(renameSchema, input, (rename, { letter }) => renameSignature(letter, rename));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(backTo(form, result, { notice: "renamed" }));
}

/** A signer asked for their personal data to go: blank it, keep the signature and the audit. */
export async function eraseAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), id: form.get("id") };
  const result = await letterAction(erasureSchema, input, (erasure, { letter }) => eraseSignerData(letter, erasure));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(backTo(form, result, { notice: "erased" }));
}
