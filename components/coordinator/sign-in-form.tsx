"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

export type SignInState = FormState<{ email: string }>;
type Props = { action: (state: SignInState, form: FormData) => Promise<SignInState>; defaultEmail: string; callbackUrl: string };

export function SignInForm({ action: requestSignIn, defaultEmail, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignIn, { submission: 0 });
  const error = state.fieldErrors?.email ?? state.formError;
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label={t("email")} hint={t("emailHint")} error={error}>
        {(describedBy) => (
          <input id="email" name="email" type="email" autoComplete="email" required
            defaultValue={state.values?.email ?? defaultEmail} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>{pending ? t("sending") : t("send")}</button>
    </form>
  );
}
