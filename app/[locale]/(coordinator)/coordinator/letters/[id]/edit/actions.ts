"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { updateLetter } from "@/lib/letters/mutations";
import { letterFormValues, letterFormSchema } from "@/lib/letters/schema";
import type { LetterFormState } from "@/components/coordinator/letter-form-state";

export async function updateLetterAction(prev: LetterFormState, form: FormData): Promise<LetterFormState> {
  const values = letterFormValues(form);
  const letterId = String(form.get("letterId") ?? "");
  const result = await letterAction(letterFormSchema, { ...values, letterId }, (input, { letter }) => updateLetter(letter, input));
  if (!result.ok) return failedForm(prev, values, result);
  revalidatePath("/", "layout");
  return redirectTo(`/coordinator/letters/${letterId}?${new URLSearchParams(result.newVersion ? { notice: "version", version: String(result.newVersion) } : { notice: "saved" })}`);
}
