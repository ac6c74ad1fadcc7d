import type { FormState } from "@/lib/actions/form-state";
import type { SignatureField } from "@/lib/signatures/schema";

/**
 * What the sign action returns to the form: enough to show errors and keep every answer, or,
 * when the form asked for it, that the signature was taken (`signed`) so the form says so in place.
 */
export type SignFormState = FormState<Record<string, string | boolean | undefined>, SignatureField> & { signed?: true };

/** The fields in the order the form shows them (and lists their errors). */
export const SIGN_FORM_ORDER = ["orgName", "country", "orgType", "website", "contactName", "email", "role", "comment", "consent"] as const satisfies readonly SignatureField[];

export const initialSignFormState: SignFormState = { submission: 0 };

/**
 * Set by the form once its JavaScript runs: the action then answers with a small state instead of
 * redirecting to the "check your inbox" page (whose render a redirect would send back). A post
 * without it (no JavaScript, or sent before the page came alive) is redirected as always.
 */
export const IN_PLACE_FIELD = "answerInPlace";
