"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import {
  LIMITS,
  fieldErrorsOf,
  signatureInputFromForm,
  signatureSchema,
  type FieldErrors,
  type SignatureField,
} from "@/lib/signatures/schema";
import { initialSignFormState, type SignFormState } from "@/components/signing/sign-form-state";

type Props = {
  action: (state: SignFormState, form: FormData) => Promise<SignFormState>;
  countries: { code: string; name: string }[];
  /** Extra hidden fields (anti-abuse) rendered by the server. */
  children?: React.ReactNode;
};

const ORDER: SignatureField[] = ["orgName", "country", "orgType", "website", "contactName", "email", "role", "comment", "consent"];

/**
 * The signing form. Without JavaScript it posts to the server action and the page comes back
 * with errors and answers; with JavaScript the same schema checks it first, in the browser.
 */
export function SignForm({ action, countries, children }: Props) {
  const t = useTranslations("signing");
  const orgTypes = useTranslations("orgTypes");
  const [state, formAction, pending] = useActionState(action, initialSignFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

  useEffect(() => {
    setClientErrors(null);
    focusFirstError(formRef.current, state.fieldErrors);
  }, [state]);

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const parsed = signatureSchema.safeParse(signatureInputFromForm(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    const found = fieldErrorsOf(parsed.error);
    setClientErrors(found);
    focusFirstError(event.currentTarget, found);
  }

  const message = (field: SignatureField) => (errors[field] ? t(errors[field] as "errors.invalid") : undefined);
  const invalid = (field: SignatureField) => (errors[field] ? true : undefined);
  const errorList = ORDER.filter((f) => errors[f]);

  return (
    <form ref={formRef} key={state.submission} action={formAction} onSubmit={validate} noValidate className="sign-form stack">
      {state.formError && (
        <p className="notice notice--error" role="alert">
          {t(`codes.${state.formError}`)}
        </p>
      )}
      {errorList.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{t("errorSummary", { count: errorList.length })}</p>
          <ul>
            {errorList.map((f) => (
              <li key={f}>
                <a href={`#sign-${f}`}>{message(f)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-grid">
        <Field id="sign-orgName" label={t("fields.orgName")} error={message("orgName")} className="span-2">
          {(d) => (
            <input id="sign-orgName" name="orgName" type="text" dir="auto" autoComplete="organization" maxLength={LIMITS.orgName}
              defaultValue={text("orgName")} aria-invalid={invalid("orgName")} aria-describedby={d} required />
          )}
        </Field>
        <Field id="sign-country" label={t("fields.country")} error={message("country")}>
          {(d) => (
            <select id="sign-country" name="country" defaultValue={text("country") ?? ""} aria-invalid={invalid("country")}
              aria-describedby={d} required>
              <option value="">{t("choose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="sign-orgType" label={t("fields.orgType")} error={message("orgType")}>
          {(d) => (
            <select id="sign-orgType" name="orgType" defaultValue={text("orgType") ?? ""} aria-invalid={invalid("orgType")}
              aria-describedby={d} required>
              <option value="">{t("choose")}</option>
              {ORG_TYPES.map((type) => (
                <option key={type} value={type}>
                  {orgTypes(type)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="sign-website" label={t("fields.website")} hint={t("hints.website")} error={message("website")} className="span-2">
          {(d) => (
            <input id="sign-website" name="website" type="url" inputMode="url" autoComplete="url" maxLength={LIMITS.website}
              defaultValue={text("website")} aria-invalid={invalid("website")} aria-describedby={d} />
          )}
        </Field>
        <Field id="sign-contactName" label={t("fields.contactName")} hint={t("hints.private")} error={message("contactName")}>
          {(d) => (
            <input id="sign-contactName" name="contactName" type="text" dir="auto" autoComplete="name" maxLength={LIMITS.contactName}
              defaultValue={text("contactName")} aria-invalid={invalid("contactName")} aria-describedby={d} required />
          )}
        </Field>
        <Field id="sign-email" label={t("fields.email")} hint={t("hints.email")} error={message("email")}>
          {(d) => (
            <input id="sign-email" name="email" type="email" autoComplete="email" maxLength={LIMITS.email}
              defaultValue={text("email")} aria-invalid={invalid("email")} aria-describedby={d} required />
          )}
        </Field>
        <Field id="sign-role" label={t("fields.role")} error={message("role")} className="span-2">
          {(d) => (
            <input id="sign-role" name="role" type="text" dir="auto" autoComplete="organization-title" maxLength={LIMITS.role}
              defaultValue={text("role")} aria-invalid={invalid("role")} aria-describedby={d} />
          )}
        </Field>
        <Field id="sign-comment" label={t("fields.comment")} hint={t("hints.comment")} error={message("comment")} className="span-2">
          {(d) => (
            <textarea id="sign-comment" name="comment" dir="auto" maxLength={LIMITS.comment} defaultValue={text("comment")}
              aria-invalid={invalid("comment")} aria-describedby={d} />
          )}
        </Field>
      </div>
      {children}
      <div className="field">
        {errors.consent && (
          <p className="field-error" id="sign-consent-error">
            {message("consent")}
          </p>
        )}
        <p className="hint" id="sign-consent-hint">
          {t("hints.consent")}
        </p>
        <div className="checkbox">
          <input id="sign-consent" name="consent" type="checkbox" defaultChecked={values.consent === true}
            aria-invalid={invalid("consent")}
            aria-describedby={errors.consent ? "sign-consent-hint sign-consent-error" : "sign-consent-hint"} />
          <label htmlFor="sign-consent">{t("fields.consent")}</label>
        </div>
      </div>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
      </p>
    </form>
  );
}

function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors | undefined) {
  if (!form || !errors) return;
  const first = ORDER.find((f) => errors[f]);
  if (first) form.querySelector<HTMLElement>(`#sign-${first}`)?.focus();
}
