import type { FormState } from "@/lib/actions/form-state";
import type { TranslationField } from "@/lib/letters/schema";

/** What the translation form's server action returns: codes from the registry, the form shows their text. */
export type TranslationFormState = FormState<Record<TranslationField, string>>;
export const initialTranslationFormState: TranslationFormState = { submission: 0 };
