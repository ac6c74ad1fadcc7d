"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirectTo } from "@/lib/i18n/localized";
import { IN_PLACE_FIELD, type SignFormState } from "@/components/signing/sign-form-state";
import { failedForm } from "@/lib/actions/form-state";
import { anyoneAction } from "@/lib/actions/safe-action";
import { clientAddressFrom } from "@/lib/abuse/client-address";
import { HONEYPOT_FIELD, PROOF_FIELD, type SigningClient } from "@/lib/abuse/signing-guard";
import { signatureInputFromForm, signatureSchema } from "@/lib/signatures/schema";
import { signLetter } from "@/lib/signatures/mutations";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : null;
};

/** The sign form's action. Anyone may sign; the abuse checks are in signLetter. */
export async function signAction(slug: string, state: SignFormState, form: FormData): Promise<SignFormState> {
  const input = signatureInputFromForm(form);
  // x-forwarded-for here is trustworthy: proxy.ts strips the client's own unless TRUST_PROXY is on.
  const client: SigningClient = {
    address: clientAddressFrom((await headers()).get("x-forwarded-for")),
    honeypot: field(form, HONEYPOT_FIELD),
    proof: field(form, PROOF_FIELD),
  };
  // The page's language: the signature records it, and the signer's mails come in it.
  const locale = await getLocale();
  const result = await anyoneAction(signatureSchema, input, (answers) => signLetter(slug, answers, client, locale));
  if (!result.ok) return failedForm(state, input as SignFormState["values"], result);
  // With JavaScript the form shows "check your inbox" itself: a few bytes instead of the next page.
  if (form.get(IN_PLACE_FIELD) === "1") return { submission: state.submission + 1, signed: true };
  return redirectTo(`/letters/${encodeURIComponent(slug)}/signed`);
}
