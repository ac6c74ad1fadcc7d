/** What the letter form's server action returns: stable codes, the form maps them to text. */
export type LetterFormState = {
  fieldErrors?: Partial<Record<string, string>>;
  formError?: string;
  values?: Record<string, string>;
  submission: number;
};
export const initialLetterFormState: LetterFormState = { submission: 0 };
