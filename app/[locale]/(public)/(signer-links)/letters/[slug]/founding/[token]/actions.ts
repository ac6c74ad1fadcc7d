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

/**
 * The sign form behind a private signing link: the public sign action, with the link's secret.
 * A link that stopped working meanwhile (revoked, expired) sends the signer back to its page,
 * which says why.
 */
export async function foundingSignAction(slug: string, token: string, state: SignFormState, form: FormData): Promise<SignFormState> {
  const input = signatureInputFromForm(form);
  const client: SigningClient = {
    address: clientAddressFrom((await headers()).get("x-forwarded-for")),
    honeypot: field(form, HONEYPOT_FIELD),
    proof: field(form, PROOF_FIELD),
  };
  const locale = await getLocale();
  const result = await anyoneAction(signatureSchema, input, (answers) => signLetter(slug, answers, client, locale, token));
  const here = `/letters/${encodeURIComponent(slug)}/founding`;
  if (!result.ok && result.code === "NOT_FOUND") return redirectTo(`${here}/${encodeURIComponent(token)}`);
  if (!result.ok) return failedForm(state, input as SignFormState["values"], result);
  if (form.get(IN_PLACE_FIELD) === "1") return { submission: state.submission + 1, signed: true };
  return redirectTo(`${here}/signed`);
}
