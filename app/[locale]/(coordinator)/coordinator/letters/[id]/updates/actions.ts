"use server";

import { revalidatePath } from "next/cache";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { redirectTo } from "@/lib/i18n/localized";
import { saveUpdate, sendUpdate } from "@/lib/updates/mutations";
import { sendUpdateSchema, updateFormSchema, updateFormValues } from "@/lib/updates/schema";
import type { UpdateFormState } from "@/components/coordinator/update-form-state";

const page = (letterId: unknown) => `/coordinator/letters/${String(letterId ?? "")}/updates`;

/** Saves a draft update (new, or one still a draft); the page then shows its preview and "Send". */
export async function saveUpdateAction(prev: UpdateFormState, form: FormData): Promise<UpdateFormState> {
  const values = updateFormValues(form);
  const letterId = form.get("letterId");
  const result = await letterAction(updateFormSchema, { ...values, letterId }, (input, { letter }) => saveUpdate(letter, input));
  if (!result.ok) return failedForm(prev, values, result);
  return redirectTo(`${page(letterId)}?${new URLSearchParams({ update: result.updateId, notice: "saved" })}`);
}

/** Sends a draft to the signatories who asked for updates, once. A plain form post; the result comes back in the URL. */
export async function sendUpdateAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), updateId: form.get("updateId") };
  const result = await letterAction(sendUpdateSchema, input, ({ updateId }, { letter }) => sendUpdate(letter, updateId));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, page(input.letterId), result.ok ? { notice: "sent", recipients: result.recipients } : {}));
}
