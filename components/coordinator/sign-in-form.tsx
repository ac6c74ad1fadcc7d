"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { ErrorCode } from "@/lib/errors";

export type SignInState = { error?: ErrorCode; email?: string };
type Props = { action: (state: SignInState, form: FormData) => Promise<SignInState>; defaultEmail: string; callbackUrl: string };

export function SignInForm({ action: requestSignIn, defaultEmail, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignIn, {});
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label={t("email")} hint={t("emailHint")} error={state.error}>
        {(describedBy) => (
          <input id="email" name="email" type="email" autoComplete="email" required
            defaultValue={state.email ?? defaultEmail} aria-describedby={describedBy} aria-invalid={state.error ? true : undefined} />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>{pending ? t("sending") : t("send")}</button>
    </form>
  );
}
