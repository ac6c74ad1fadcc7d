import type { ErrorCode, FieldErrors } from "@/lib/errors";
import type { LetterField } from "@/lib/letters/schema";

/** What the letter form's server action returns: codes from the registry, the form shows their text. */
export type LetterFormState = {
  fieldErrors?: FieldErrors<LetterField>;
  formError?: ErrorCode;
  values?: Record<LetterField, string>;
  submission: number;
};
export const initialLetterFormState: LetterFormState = { submission: 0 };
