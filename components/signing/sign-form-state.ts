import type { FormState } from "@/lib/actions/form-state";
import type { SignatureField } from "@/lib/signatures/schema";

/** What the sign action returns to the form: enough to show errors and keep every answer. */
export type SignFormState = FormState<Record<string, string | boolean | undefined>, SignatureField>;

export const initialSignFormState: SignFormState = { submission: 0 };
