"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { translationFormSchema, translationFormValues, translationTargetSchema } from "@/lib/letters/schema";
import { approveTranslation, deleteTranslation, saveTranslation } from "@/lib/letters/translations";
import type { TranslationFormState } from "@/components/coordinator/translation-form-state";

const tab = (letterId: unknown) => `/coordinator/letters/${String(letterId ?? "")}/translations`;

/** Creates or updates a translation, as a translation of the authoritative text as it is now. */
export async function saveTranslationAction(prev: TranslationFormState, form: FormData): Promise<TranslationFormState> {
  const values = translationFormValues(form);
  const letterId = form.get("letterId");
  const result = await letterAction(translationFormSchema, { ...values, letterId }, (input, { letter }) => saveTranslation(letter, input));
  if (!result.ok) return failedForm(prev, values, result);
  revalidatePath("/", "layout");
  return redirectTo(`${tab(letterId)}?${new URLSearchParams({ locale: values.locale, notice: "saved" })}`);
}

/** Marks a translation as up to date without changing it. A plain form post; the result comes back in the URL. */
export async function approveTranslationAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), locale: form.get("locale") };
  const result = await letterAction(translationTargetSchema, input, ({ locale }, { letter }) => approveTranslation(letter, locale));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, tab(input.letterId), { notice: "translationApproved" }, { locale: String(input.locale ?? "") }));
}

/** Deletes a translation; its readers get the authoritative text. */
export async function deleteTranslationAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), locale: form.get("locale") };
  const result = await letterAction(translationTargetSchema, input, ({ locale }, { letter }) => deleteTranslation(letter, locale));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, tab(input.letterId), { notice: "translationDeleted" }, { locale: String(input.locale ?? "") }));
}
