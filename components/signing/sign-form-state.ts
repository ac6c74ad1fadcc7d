import type { ErrorCode, FieldErrors } from "@/lib/errors";
import type { SignatureField } from "@/lib/signatures/schema";

/** What the sign action returns to the form: enough to show errors and keep every answer. */
export type SignFormState = {
  /** Changes on each answered submission so the form re-mounts with the returned values. */
  submission: number;
  values?: Record<string, string | boolean | undefined>;
  fieldErrors?: FieldErrors<SignatureField>;
  formError?: ErrorCode;
};

export const initialSignFormState: SignFormState = { submission: 0 };
