import type { FormState } from "@/lib/actions/form-state";

/** What the update form's server action returns: the answers kept, codes from the registry per field. */
export type UpdateFormState = FormState<Record<string, string>>;
export const initialUpdateFormState: UpdateFormState = { submission: 0 };
