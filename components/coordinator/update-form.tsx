"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { initialUpdateFormState, type UpdateFormState } from "@/components/coordinator/update-form-state";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { translatedBody, translatedSubject, UPDATE_LIMITS, updateFormSchema, updateFormValues } from "@/lib/updates/schema";

/** Every word the form shows, in the workspace's language, worked out on the server. */
export type UpdateFormWords = {
  heading: string;
  subject: string;
  body: string;
  bodyHint: string;
  translationsHeading: string;
  translationsHint: string;
  save: string;
  saving: string;
  errorSummary: string;
  /** Per language offered: its name, and the labels of its two fields. */
  languages: { locale: Locale; name: string; subject: string; body: string }[];
};

type Props = {
  action: (state: UpdateFormState, form: FormData) => Promise<UpdateFormState>;
  letterId: string;
  /** The letter's language: the update's own fields are written in it. */
  language: Locale;
  updateId?: string;
  initial: Record<string, string>;
  words: UpdateFormWords;
};

/**
 * An update to signatories: a subject and Markdown text in the letter's language, and optionally
 * the same in other languages, each in a disclosure of its own. Without JavaScript it posts to the
 * server action; with it, the same zod schema checks it first.
 */
export function UpdateForm({ action, letterId, language, updateId, initial, words }: Props) {
  const [state, formAction, pending] = useActionState(action, initialUpdateFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const values = { ...initial, ...state.values };
  const errors: FieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const text = (locale: Locale) => ({ lang: locale, dir: directionOf(locale) });

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const parsed = updateFormSchema.safeParse(updateFormValues(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(fieldErrorsFrom(parsed.error));
  }

  const invalid = (name: string) => (errors[name] ? true : undefined);
  return (
    <form key={state.submission} action={formAction} onSubmit={validate} noValidate className="stack" aria-labelledby="update-form-heading">
      <h2 id="update-form-heading">{words.heading}</h2>
      <input type="hidden" name="letterId" value={letterId} />
      {updateId && <input type="hidden" name="updateId" value={updateId} />}
      {(state.formError || Object.keys(errors).length > 0) && (
        <p className="notice notice--error" role="alert">{words.errorSummary}</p>
      )}
      <Field id="update-subject" label={words.subject} error={errors.subject}>
        {(d) => (
          <input id="update-subject" name="subject" type="text" defaultValue={values.subject} required maxLength={UPDATE_LIMITS.subject}
            {...text(language)} aria-describedby={d} aria-invalid={invalid("subject")} />
        )}
      </Field>
      <Field id="update-body" label={words.body} hint={words.bodyHint} error={errors.body}>
        {(d) => (
          <textarea id="update-body" name="body" rows={10} defaultValue={values.body} required maxLength={UPDATE_LIMITS.body}
            {...text(language)} aria-describedby={d} aria-invalid={invalid("body")} />
        )}
      </Field>
      <fieldset className="stack">
        <legend>{words.translationsHeading}</legend>
        <p className="hint">{words.translationsHint}</p>
        {words.languages.map(({ locale, name, subject, body }) => {
          const [s, b] = [translatedSubject(locale), translatedBody(locale)];
          const open = Boolean(values[s] || values[b] || errors[s] || errors[b]);
          return (
            <details key={locale} open={open} data-locale={locale}>
              <summary>{name}</summary>
              <Field id={`update-${s}`} label={subject} error={errors[s]}>
                {(d) => (
                  <input id={`update-${s}`} name={s} type="text" defaultValue={values[s]} maxLength={UPDATE_LIMITS.subject}
                    {...text(locale)} aria-describedby={d} aria-invalid={invalid(s)} />
                )}
              </Field>
              <Field id={`update-${b}`} label={body} error={errors[b]}>
                {(d) => (
                  <textarea id={`update-${b}`} name={b} rows={8} defaultValue={values[b]} maxLength={UPDATE_LIMITS.body}
                    {...text(locale)} aria-describedby={d} aria-invalid={invalid(b)} />
                )}
              </Field>
            </details>
          );
        })}
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={pending}>{pending ? words.saving : words.save}</button>
      </p>
    </form>
  );
}
