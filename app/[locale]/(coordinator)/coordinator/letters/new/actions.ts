"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { userAction } from "@/lib/actions/safe-action";
import { createLetter } from "@/lib/letters/mutations";
import { letterFormSchema, letterFormValues } from "@/lib/letters/schema";
import type { LetterFormState } from "@/components/coordinator/letter-form-state";

/** Any signed-in coordinator may start a letter; they become its coordinator. */
export async function createLetterAction(prev: LetterFormState, form: FormData): Promise<LetterFormState> {
  const values = letterFormValues(form);
  const result = await userAction(letterFormSchema, values, (input, { user }) => createLetter(user, input));
  if (!result.ok) return failedForm(prev, values, result);
  return redirectTo(`/coordinator/letters/${result.id}`);
}
