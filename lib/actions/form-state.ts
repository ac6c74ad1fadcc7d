import type { ErrorCode, Failure, FieldErrors } from "@/lib/errors";

/** What a form's server action hands back to the form: its answers kept, and what went wrong. */
export type FormState<V, F extends string = string> = {
  /** Changes on each answered submission so the form re-mounts with the returned values. */
  submission: number;
  values?: V;
  fieldErrors?: FieldErrors<F>;
  formError?: ErrorCode;
};

/** A failure shown next to the fields it names, or above the form when it names none. */
export function failedForm<V, F extends string = string>(previous: { submission: number }, values: V, failure: Failure): FormState<V, F> {
  const errors = failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : { formError: failure.code };
  return { submission: previous.submission + 1, values, ...errors };
}
