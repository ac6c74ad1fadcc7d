"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { letterAccess } from "@/lib/auth/access";
import { updateLetter } from "@/lib/letters/mutations";
import { fieldErrors, letterFormSchema, letterFormValues } from "@/lib/letters/schema";
import type { LetterFormState } from "@/components/coordinator/letter-form-state";

export async function updateLetterAction(prev: LetterFormState, form: FormData): Promise<LetterFormState> {
  const submission = prev.submission + 1;
  const values = letterFormValues(form);
  const letterId = String(form.get("letterId") ?? "");
  const access = await letterAccess(letterId);
  if (!access.ok) return { submission, values, formError: access.status === 401 ? "UNAUTHENTICATED" : "NOT_FOUND" };
  const parsed = letterFormSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrors(parsed.error) };
  const result = await updateLetter(access.user, letterId, parsed.data);
  if (!result.ok) {
    return "field" in result ? { submission, values, fieldErrors: { slug: result.code } } : { submission, values, formError: result.code };
  }
  revalidatePath("/", "layout");
  redirect(`/coordinator/letters/${letterId}?notice=${result.newVersion ? `version-${result.newVersion}` : "saved"}`);
}
