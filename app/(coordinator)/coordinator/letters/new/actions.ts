"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/access";
import { createLetter } from "@/lib/letters/mutations";
import { fieldErrors, letterFormSchema, letterFormValues } from "@/lib/letters/schema";
import type { LetterFormState } from "@/components/coordinator/letter-form-state";

/** Any signed-in coordinator may start a letter; they become its coordinator. */
export async function createLetterAction(prev: LetterFormState, form: FormData): Promise<LetterFormState> {
  const user = await getCurrentUser();
  const submission = prev.submission + 1;
  const values = letterFormValues(form);
  if (!user) return { submission, values, formError: "UNAUTHENTICATED" };
  const parsed = letterFormSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrors(parsed.error) };
  const result = await createLetter(user, parsed.data);
  if (!result.ok) return { submission, values, fieldErrors: { slug: result.code } };
  redirect(`/coordinator/letters/${result.id}`);
}
