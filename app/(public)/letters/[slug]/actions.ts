"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { SignFormState } from "@/components/signing/sign-form-state";
import { clientAddressFrom } from "@/lib/abuse/client-address";
import { HONEYPOT_FIELD, PROOF_FIELD, type SigningClient } from "@/lib/abuse/signing-guard";
import { signatureInputFromForm } from "@/lib/signatures/schema";
import { signLetter } from "@/lib/signatures/mutations";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : null;
};

/** The sign form's action. Anyone may sign; all checks, abuse checks included, are in signLetter. */
export async function signAction(slug: string, state: SignFormState, form: FormData): Promise<SignFormState> {
  const input = signatureInputFromForm(form);
  const next: SignFormState = { submission: state.submission + 1, values: input as SignFormState["values"] };
  // x-forwarded-for here is trustworthy: proxy.ts strips the client's own unless TRUST_PROXY is on.
  const client: SigningClient = {
    address: clientAddressFrom((await headers()).get("x-forwarded-for")),
    honeypot: field(form, HONEYPOT_FIELD),
    proof: field(form, PROOF_FIELD),
  };
  let result;
  try {
    result = await signLetter(slug, input, client);
  } catch (error) {
    console.error("[sign] signing failed", { slug }, error);
    return { ...next, formError: "UNEXPECTED" };
  }
  if (result.ok) redirect(`/letters/${encodeURIComponent(slug)}/signed`);
  if (result.code === "INVALID_INPUT") return { ...next, fieldErrors: result.fieldErrors };
  return { ...next, formError: result.code };
}
