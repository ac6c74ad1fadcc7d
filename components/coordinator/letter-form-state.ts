import type { FormState } from "@/lib/actions/form-state";
import type { LetterField } from "@/lib/letters/schema";

/** What the letter form's server action returns: codes from the registry, the form shows their text. */
export type LetterFormState = FormState<Record<LetterField, string>>;
export const initialLetterFormState: LetterFormState = { submission: 0 };
