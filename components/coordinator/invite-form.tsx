"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type InviteFormState = FormState<{ email: string; letterIds: string[] }>;
type Props = {
  action: (state: InviteFormState, form: FormData) => Promise<InviteFormState>;
  letters: { id: string; title: string }[];
};

export function InviteForm({ action, letters }: Props) {
  const t = useTranslations("coordinator.people");
  const [state, formAction, pending] = useActionState(action, { submission: 0 });
  const chosen = new Set(state.values?.letterIds ?? []);
  const error = state.fieldErrors?.email ?? state.formError;
  return (
    <form key={state.submission} action={formAction} className="stack card" noValidate>
      <Field id="invite-email" label={t("email")} error={error}>
        {(describedBy) => (
          <input id="invite-email" name="email" type="email" required autoComplete="off" defaultValue={state.values?.email}
            aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        )}
      </Field>
      {letters.length > 0 && (
        <fieldset className="field">
          <legend>{t("letters")}</legend>
          <ul className="checkbox-list">
            {letters.map((l) => (
              <li key={l.id} className="checkbox">
                <input type="checkbox" id={`invite-letter-${l.id}`} name="letterIds" value={l.id} defaultChecked={chosen.has(l.id)} />
                <label htmlFor={`invite-letter-${l.id}`}>{l.title}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <button type="submit" className="button" disabled={pending}>{t("send")}</button>
    </form>
  );
}
