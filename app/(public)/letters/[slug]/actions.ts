"use server";

import { redirect } from "next/navigation";
import type { SignFormState } from "@/components/signing/sign-form-state";
import { signatureInputFromForm } from "@/lib/signatures/schema";
import { signLetter } from "@/lib/signatures/mutations";

/** The sign form's action. Anyone may sign; all checks are in signLetter. */
export async function signAction(slug: string, state: SignFormState, form: FormData): Promise<SignFormState> {
  const input = signatureInputFromForm(form);
  const next: SignFormState = { submission: state.submission + 1, values: input as SignFormState["values"] };
  let result;
  try {
    result = await signLetter(slug, input);
  } catch (error) {
    console.error("[sign] signing failed", { slug }, error);
    return { ...next, formError: "UNEXPECTED" };
  }
  if (result.ok) redirect(`/letters/${encodeURIComponent(slug)}/signed`);
  if (result.code === "INVALID_INPUT") return { ...next, fieldErrors: result.fieldErrors };
  return { ...next, formError: result.code };
}
