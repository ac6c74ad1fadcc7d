import type { FormState } from "@/lib/actions/form-state";
import type { ResponseField } from "@/lib/responses/schema";

/** What the response form's server action returns: codes from the registry, the form shows their text. */
export type ResponseFormState = FormState<Record<ResponseField, string>, ResponseField>;
export const initialResponseFormState: ResponseFormState = { submission: 0 };
