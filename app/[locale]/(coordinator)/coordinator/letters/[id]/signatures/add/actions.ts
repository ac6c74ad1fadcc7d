"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { addSignature } from "@/lib/import/mutations";
import { manualAddFromForm, manualAddSchema, noteMissing } from "@/lib/import/schema";
import type { AddSignatureFormState } from "@/components/coordinator/import-form-state";

/** One signature that arrived elsewhere, added by a coordinator; back to the queue, which shows it. */
export async function addSignatureAction(prev: AddSignatureFormState, form: FormData): Promise<AddSignatureFormState> {
  const values = manualAddFromForm(form);
  const letterId = form.get("letterId");
  const result = await letterAction(manualAddSchema, { ...values, letterId }, async ({ mode, note, ...signature }, { letter }) =>
    noteMissing({ mode, note })
      ? { ok: false as const, code: "INVALID_INPUT" as const, fieldErrors: { note: "REQUIRED" as const } }
      : addSignature(letter, signature, { mode, note }),
  );
  if (!result.ok) return failedForm(prev, values, result);
  revalidatePath("/", "layout");
  return redirectTo(`/coordinator/letters/${String(letterId)}/signatures?${new URLSearchParams({ status: "all", notice: "added" })}`);
}
