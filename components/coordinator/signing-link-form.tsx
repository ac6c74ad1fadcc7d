"use client";

import { useActionState } from "react";
import { FieldFrame } from "@/components/ui/field-frame";
import type { FormState } from "@/lib/actions/form-state";
import type { ErrorCode } from "@/lib/errors";
import { SIGNING_LINK_DEFAULT_DAYS, SIGNING_LINK_MAX_DAYS } from "@/lib/letters/founding-schema";

type Values = { label: string; days: string; locale: string };

/** What the create action hands back: on success the new link's address, shown once. */
export type SigningLinkFormState = FormState<Values> & { url?: string };

export type SigningLinkFormWords = {
  label: string; labelHint: string; days: string; daysHint: string; daysInvalid: string; tooLong: string;
  language: string; create: string; createdLabel: string; createdHint: string;
  /** The words for a failure that names no field, by code (the letter is no longer a draft, …); `UNEXPECTED` otherwise. */
  formErrors: Partial<Record<ErrorCode, string>> & { UNEXPECTED: string };
};

type Props = {
  action: (state: SigningLinkFormState, form: FormData) => Promise<SigningLinkFormState>;
  letterId: string;
  /** The languages a link may open the page in, with their names; the first is the default. */
  languages: { locale: string; name: string }[];
  words: SigningLinkFormWords;
};

/** Creates a private signing link. Its words come from the server: the workspace's client catalogue stays as it is. */
export function SigningLinkForm({ action, letterId, languages, words }: Props) {
  const [state, formAction, pending] = useActionState(action, { submission: 0 });
  const errors = state.fieldErrors ?? {};
  const values = state.values;
  return (
    <div className="stack">
      {state.url && (
        <div className="notice notice--ok stack" role="status">
          <label htmlFor="signing-link-url">{words.createdLabel}</label>
          <input id="signing-link-url" type="text" readOnly value={state.url} aria-describedby="signing-link-url-hint"
            onFocus={(e) => e.currentTarget.select()} data-testid="signing-link-url" />
          <span className="hint" id="signing-link-url-hint">{words.createdHint}</span>
        </div>
      )}
      {state.formError && <p className="notice notice--error" role="alert">{words.formErrors[state.formError] ?? words.formErrors.UNEXPECTED}</p>}
      <form key={state.submission} action={formAction} className="stack" aria-label={words.create}>
        <input type="hidden" name="letterId" value={letterId} />
        <FieldFrame id="signing-link-label" label={words.label} hint={words.labelHint} error={errors.label} errorText={words.tooLong}>
          {(describedBy) => (
            <input id="signing-link-label" name="label" type="text" maxLength={120} defaultValue={values?.label ?? ""}
              aria-describedby={describedBy} aria-invalid={errors.label ? true : undefined} />
          )}
        </FieldFrame>
        <FieldFrame id="signing-link-days" label={words.days} hint={words.daysHint} error={errors.days} errorText={words.daysInvalid}>
          {(describedBy) => (
            <input id="signing-link-days" name="days" type="number" min={1} max={SIGNING_LINK_MAX_DAYS} required
              defaultValue={values?.days ?? String(SIGNING_LINK_DEFAULT_DAYS)}
              aria-describedby={describedBy} aria-invalid={errors.days ? true : undefined} />
          )}
        </FieldFrame>
        <div className="field">
          <label htmlFor="signing-link-locale">{words.language}</label>
          <select id="signing-link-locale" name="locale" defaultValue={values?.locale || languages[0]?.locale}>
            {languages.map((l) => <option key={l.locale} value={l.locale}>{l.name}</option>)}
          </select>
        </div>
        <p><button type="submit" className="button" disabled={pending}>{words.create}</button></p>
      </form>
    </div>
  );
}
