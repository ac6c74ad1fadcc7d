"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { responseFormSchema, responseFormValues, responseTargetSchema } from "@/lib/responses/schema";
import { removeResponse, removeResponsePdf, saveResponse } from "@/lib/responses/mutations";
import type { ResponseFormState } from "@/components/coordinator/response-form-state";

const tab = (letterId: unknown) => `/coordinator/letters/${String(letterId ?? "")}/responses`;

/** Publishes a new response, or saves the one being edited. */
export async function saveResponseAction(prev: ResponseFormState, form: FormData): Promise<ResponseFormState> {
  const values = responseFormValues(form);
  const letterId = form.get("letterId");
  const result = await letterAction(responseFormSchema, { ...values, letterId }, (input, { letter }) => saveResponse(letter, input));
  if (!result.ok) return failedForm(prev, values, result);
  revalidatePath("/", "layout");
  return redirectTo(`${tab(letterId)}?${new URLSearchParams({ notice: result.created ? "published" : "saved" })}#response-${result.responseId}`);
}

/** Removes a response from the letter. A plain form post; the result comes back in the URL. */
export async function removeResponseAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), responseId: form.get("responseId") };
  const result = await letterAction(responseTargetSchema, input, ({ responseId }, { letter }) => removeResponse(letter, responseId));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, tab(input.letterId), { notice: "removed" }));
}

/** Takes a response's PDF away. */
export async function removeResponsePdfAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), responseId: form.get("responseId") };
  const result = await letterAction(responseTargetSchema, input, ({ responseId }, { letter }) => removeResponsePdf(letter, responseId));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, tab(input.letterId), { notice: "pdfRemoved" }));
}
