"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FieldFrame as Field } from "@/components/ui/field-frame";
import { fieldErrorsFrom, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import { LIMITS } from "@/lib/signatures/limits";
import type { SignatureField } from "@/lib/signatures/schema";
import { IN_PLACE_FIELD, initialSignFormState, SIGN_FORM_ORDER as ORDER, type SignFormState } from "@/components/signing/sign-form-state";
import type { SignFormWords } from "@/components/signing/sign-form-words";
import { ProofGate, type ProofWaiter } from "@/components/signing/proof-gate";
import { AtRiskFields } from "@/components/signing/at-risk-fields";

type Props = {
  action: (state: SignFormState, form: FormData) => Promise<SignFormState>;
  countries: { code: string; name: string }[];
  /** Every word the form may show, in the page's language (signFormWords on the server). */
  words: SignFormWords;
  /** Extra hidden fields (anti-abuse) rendered by the server. */
  children?: React.ReactNode;
  /** "Check your inbox", rendered by the server: shown in place of the form once a signature is taken. */
  signed: React.ReactNode;
};

type Schema = typeof import("@/lib/signatures/schema");
/** The schema (and zod) for the browser, fetched once when a signer starts; the server checks again anyway. */
let schemaModule: Promise<Schema> | null = null;
const loadSchema = () => (schemaModule ??= import("@/lib/signatures/schema").catch((error: unknown) => {
  schemaModule = null;
  throw error;
}));

type Errors = FieldErrors<SignatureField>;

/**
 * The signing form. Without JavaScript it posts to the server action and the page comes back
 * with errors and answers, or goes to the "check your inbox" page; with JavaScript the same schema
 * checks it first, in the browser (loaded when the signer starts), a submit waits for the
 * proof-of-work (the button and a live region say so) before it is sent, and "check your inbox"
 * replaces the form, focused so it is read out.
 */
export function SignForm({ action, countries, words, children, signed }: Props) {
  /** A field's error: the form's own words for it where it has them, otherwise the code's text. */
  const errorText = (field: SignatureField, code: ErrorCode) => words.fieldErrors[field]?.[code] ?? words.errors[code];
  const [state, formAction, pending] = useActionState(action, initialSignFormState);
  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const proof = useRef<ProofWaiter | null>(null);
  const [checking, setChecking] = useState(false);
  const waiting = useRef(false);
  // Set once the wait is over, so the submit that follows goes out with or without a proof.
  const proofAwaited = useRef(false);
  const schema = useRef<Schema | null>(null);
  // Set if the schema could not be fetched: the server's check is the only one then.
  const schemaMissing = useRef(false);
  const [alive, setAlive] = useState(false);
  const done = useRef<HTMLElement>(null);
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);

  useEffect(() => setAlive(true), []);

  useEffect(() => {
    setClientErrors(null);
    focusFirstError(formRef.current, state.fieldErrors);
    if (state.signed) done.current?.focus();
  }, [state]);

  function start() {
    if (!schema.current) void loadSchema().then((m) => (schema.current = m), () => undefined);
  }

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    if (!schema.current && !schemaMissing.current) {
      event.preventDefault();
      if (waiting.current) return;
      waiting.current = true;
      void loadSchema().then(
        (m) => (schema.current = m),
        () => (schemaMissing.current = true),
      ).then(() => {
        waiting.current = false;
        form.requestSubmit();
      });
      return;
    }
    if (!schema.current) return awaitProof(event);
    const { signatureSchema, signatureInputFromForm } = schema.current;
    const parsed = signatureSchema.safeParse(signatureInputFromForm(new FormData(form)));
    if (parsed.success) {
      setClientErrors(null);
      return awaitProof(event);
    }
    event.preventDefault();
    const found = fieldErrorsFrom<SignatureField>(parsed.error);
    setClientErrors(found);
    focusFirstError(event.currentTarget, found);
  }

  function awaitProof(event: React.FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const waiter = proof.current;
    if (!waiter || proofAwaited.current || new FormData(form).get(waiter.name)) {
      proofAwaited.current = false;
      return;
    }
    event.preventDefault();
    if (waiting.current) return;
    waiting.current = true;
    setChecking(true);
    void waiter.wait().then(() => {
      waiting.current = false;
      setChecking(false);
      proofAwaited.current = true;
      form.requestSubmit();
    });
  }

  const problem = (field: SignatureField) => {
    const code = errors[field];
    return code ? { error: code, errorText: errorText(field, code) } : {};
  };
  const message = (field: SignatureField) => problem(field).errorText;
  const invalid = (field: SignatureField) => (errors[field] ? true : undefined);
  const errorList = ORDER.filter((f) => errors[f]);
  const choice = (name: "country" | "orgType", options: { value: string; label: string }[]) => (
    <Field id={`sign-${name}`} label={words.fields[name]} {...problem(name)}>
      {(d) => (
        <select id={`sign-${name}`} name={name} defaultValue={text(name) ?? ""} aria-invalid={invalid(name)} aria-describedby={d} required>
          <option value="">{words.choose}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );

  if (state.signed) {
    return (
      <section ref={done} tabIndex={-1} aria-labelledby="signed-heading" className="stack">
        {signed}
      </section>
    );
  }

  return (
    <ProofGate.Provider value={proof}>
      <form ref={formRef} key={state.submission} action={formAction} onSubmit={validate} onFocus={start} onInput={start}
        noValidate className="sign-form stack">
        {alive && <input type="hidden" name={IN_PLACE_FIELD} value="1" />}
        {state.formError && (
          <p className="notice notice--error" role="alert">
            {words.errors[state.formError]}
          </p>
        )}
        {errorList.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p>{words.errorSummary[errorList.length - 1]}</p>
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
          <Field id="sign-orgName" label={words.fields.orgName} {...problem("orgName")} className="span-2">
            {(d) => (
              <input id="sign-orgName" name="orgName" type="text" dir="auto" autoComplete="organization" maxLength={LIMITS.orgName}
                defaultValue={text("orgName")} aria-invalid={invalid("orgName")} aria-describedby={d} required />
            )}
          </Field>
          {choice("country", countries.map((c) => ({ value: c.code, label: c.name })))}
          {choice("orgType", ORG_TYPES.map((type) => ({ value: type, label: words.orgTypes[type] })))}
          <Field id="sign-website" label={words.fields.website} hint={words.hints.website} {...problem("website")} className="span-2">
            {(d) => (
              <input id="sign-website" name="website" type="url" inputMode="url" autoComplete="url" maxLength={LIMITS.website}
                defaultValue={text("website")} aria-invalid={invalid("website")} aria-describedby={d} />
            )}
          </Field>
          <Field id="sign-contactName" label={words.fields.contactName} hint={words.hints.private} {...problem("contactName")}>
            {(d) => (
              <input id="sign-contactName" name="contactName" type="text" dir="auto" autoComplete="name" maxLength={LIMITS.contactName}
                defaultValue={text("contactName")} aria-invalid={invalid("contactName")} aria-describedby={d} required />
            )}
          </Field>
          <Field id="sign-email" label={words.fields.email} hint={words.hints.email} {...problem("email")}>
            {(d) => (
              <input id="sign-email" name="email" type="email" autoComplete="email" maxLength={LIMITS.email}
                defaultValue={text("email")} aria-invalid={invalid("email")} aria-describedby={d} required />
            )}
          </Field>
          <Field id="sign-role" label={words.fields.role} {...problem("role")} className="span-2">
            {(d) => (
              <input id="sign-role" name="role" type="text" dir="auto" autoComplete="organization-title" maxLength={LIMITS.role}
                defaultValue={text("role")} aria-invalid={invalid("role")} aria-describedby={d} />
            )}
          </Field>
          <Field id="sign-comment" label={words.fields.comment} hint={words.hints.comment} {...problem("comment")} className="span-2">
            {(d) => (
              <textarea id="sign-comment" name="comment" dir="auto" maxLength={LIMITS.comment} defaultValue={text("comment")}
                aria-invalid={invalid("comment")} aria-describedby={d} />
            )}
          </Field>
        </div>
        <AtRiskFields words={words.atRisk} values={values} />
        {children}
        <div className="field">
          {errors.consent && (
            <p className="field-error" id="sign-consent-error">
              {message("consent")}
            </p>
          )}
          <p className="hint" id="sign-consent-hint">
            {words.hints.consent}
          </p>
          <div className="checkbox">
            <input id="sign-consent" name="consent" type="checkbox" defaultChecked={values.consent === true}
              aria-invalid={invalid("consent")}
              aria-describedby={errors.consent ? "sign-consent-hint sign-consent-error" : "sign-consent-hint"} />
            <label htmlFor="sign-consent">{words.fields.consent}</label>
          </div>
        </div>
        <div className="field">
          <div className="checkbox">
            <input id="sign-wantsUpdates" name="wantsUpdates" type="checkbox" defaultChecked={values.wantsUpdates === true}
              aria-describedby="sign-wantsUpdates-hint" />
            <label htmlFor="sign-wantsUpdates">{words.updates.label}</label>
          </div>
          <p className="hint" id="sign-wantsUpdates-hint">
            {words.updates.hint}
          </p>
        </div>
        <p>
          <button type="submit" className="button" disabled={pending || checking} aria-describedby="sign-progress">
            {checking ? words.checking : pending ? words.submitting : words.submit}
          </button>
        </p>
        <p id="sign-progress" className="hint" role="status">
          {checking ? words.checkingStatus : ""}
        </p>
      </form>
    </ProofGate.Provider>
  );
}

function focusFirstError(form: HTMLFormElement | null, errors: Errors | undefined) {
  if (!form || !errors) return;
  const first = ORDER.find((f) => errors[f]);
  if (first) form.querySelector<HTMLElement>(`#sign-${first}`)?.focus();
}
