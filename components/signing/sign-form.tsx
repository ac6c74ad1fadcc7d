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
import { fieldAnchor, IndividualFields, KindChoice, onlyFor, type KindWords } from "@/components/signing/signer-kind";
import type { SignatureKind } from "@/lib/signatures/kinds";

type Props = {
  action: (state: SignFormState, form: FormData) => Promise<SignFormState>;
  countries: { code: string; name: string }[];
  /** Every word the form may show, in the page's language (signFormWords on the server). */
  words: SignFormWords;
  /** Extra hidden fields (anti-abuse) rendered by the server. */
  children?: React.ReactNode;
  /** "Check your inbox", rendered by the server: shown in place of the form once a signature is taken. */
  signed: React.ReactNode;
  /** Who the letter takes (kindsOf(letter.signerKinds)); organisations only when not given. */
  kinds?: readonly SignatureKind[];
  /** The words for signing as an individual; needed when `kinds` has one. */
  kindWords?: KindWords;
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
export function SignForm({ action, countries, words, children, signed, kinds = ["organisation"], kindWords }: Props) {
  const [state, formAction, pending] = useActionState(action, initialSignFormState);
  const posted = state.values?.kind;
  const [kind, setKind] = useState<SignatureKind>(kinds.find((k) => k === posted) ?? kinds[0]);
  const person = kind === "individual" && kindWords ? kindWords : null;
  /** A field's error: the form's own words for it (for the kind chosen) where it has them, otherwise the code's text. */
  const errorText = (field: SignatureField, code: ErrorCode) =>
    (person && field in person.fieldErrors ? person.fieldErrors[field as keyof KindWords["fieldErrors"]]?.[code] : undefined)
    ?? words.fieldErrors[field]?.[code] ?? words.errors[code];
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
    focusFirstError(formRef.current, state.fieldErrors, kind);
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
    focusFirstError(event.currentTarget, found, kind);
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
  const errorList = FORM_ORDER.filter((f) => errors[f]);
  /** The organisation's own fields: absent on a letter for individuals only, hidden by a style while "individual" is chosen on one for both. */
  const organisation = kinds.includes("organisation") ? onlyFor(kinds, "organisation") || " " : "";
  /** Words that differ by kind: both on a letter for both (a style shows the chosen kind's), otherwise the letter's. */
  const byKind = (forOrganisation: string, forIndividual: string | undefined) => {
    if (!forIndividual || !kinds.includes("individual")) return forOrganisation;
    if (kinds.length === 1) return forIndividual;
    return (<><span className="for-organisation">{forOrganisation}</span><span className="for-individual">{forIndividual}</span></>);
  };
  const choice = (name: "country" | "orgType", options: { value: string; label: string }[], className?: string) => (
    <Field id={`sign-${name}`} label={words.fields[name]} {...problem(name)} className={className}>
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
            <p>{words.errorSummary[Math.min(errorList.length, words.errorSummary.length) - 1]}</p>
            <ul>
              {errorList.map((f) => (
                <li key={f}>
                  <a href={`#${fieldAnchor(f, kind)}`}>{message(f)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {kindWords && <KindChoice kinds={kinds} chosen={kind} words={kindWords} problem={problem("kind")} onChoose={setKind} />}
        <div className="form-grid">
          {kindWords && kinds.includes("individual") && (
            <IndividualFields className={onlyFor(kinds, "individual")} words={kindWords} problem={problem}
              value={(name) => (name === "name" ? text("orgName") : text(name))} />
          )}
          {organisation && (
          <Field id="sign-orgName" label={words.fields.orgName} {...problem("orgName")} className={`span-2 ${organisation}`}>
            {(d) => (
              <input id="sign-orgName" name="orgName" type="text" dir="auto" autoComplete="organization" maxLength={LIMITS.orgName}
                defaultValue={text("orgName")} aria-invalid={invalid("orgName")} aria-describedby={d} required />
            )}
          </Field>
          )}
          {choice("country", countries.map((c) => ({ value: c.code, label: c.name })))}
          {organisation && choice("orgType", ORG_TYPES.map((type) => ({ value: type, label: words.orgTypes[type] })), organisation)}
          {organisation && (
          <Field id="sign-website" label={words.fields.website} hint={words.hints.website} {...problem("website")} className={`span-2 ${organisation}`}>
            {(d) => (
              <input id="sign-website" name="website" type="url" inputMode="url" autoComplete="url" maxLength={LIMITS.website}
                defaultValue={text("website")} aria-invalid={invalid("website")} aria-describedby={d} />
            )}
          </Field>
          )}
          {organisation && (
          <Field id="sign-contactName" label={words.fields.contactName} hint={words.hints.private} {...problem("contactName")} className={organisation}>
            {(d) => (
              <input id="sign-contactName" name="contactName" type="text" dir="auto" autoComplete="name" maxLength={LIMITS.contactName}
                defaultValue={text("contactName")} aria-invalid={invalid("contactName")} aria-describedby={d} required />
            )}
          </Field>
          )}
          <Field id="sign-email" label={words.fields.email} hint={words.hints.email} {...problem("email")}>
            {(d) => (
              <input id="sign-email" name="email" type="email" autoComplete="email" maxLength={LIMITS.email}
                defaultValue={text("email")} aria-invalid={invalid("email")} aria-describedby={d} required />
            )}
          </Field>
          {organisation && (
          <Field id="sign-role" label={words.fields.role} {...problem("role")} className={`span-2 ${organisation}`}>
            {(d) => (
              <input id="sign-role" name="role" type="text" dir="auto" autoComplete="organization-title" maxLength={LIMITS.role}
                defaultValue={text("role")} aria-invalid={invalid("role")} aria-describedby={d} />
            )}
          </Field>
          )}
          <Field id="sign-comment" label={words.fields.comment} hint={words.hints.comment} {...problem("comment")} className="span-2">
            {(d) => (
              <textarea id="sign-comment" name="comment" dir="auto" maxLength={LIMITS.comment} defaultValue={text("comment")}
                aria-invalid={invalid("comment")} aria-describedby={d} />
            )}
          </Field>
        </div>
        {organisation && <AtRiskFields words={words.atRisk} values={values} className={organisation.trim()} />}
        {children}
        <div className="field">
          {errors.consent && (
            <p className="field-error" id="sign-consent-error">
              {message("consent")}
            </p>
          )}
          <p className="hint" id="sign-consent-hint">
            {byKind(words.hints.consent, kindWords?.consentHint)}
          </p>
          <div className="checkbox">
            <input id="sign-consent" name="consent" type="checkbox" defaultChecked={values.consent === true}
              aria-invalid={invalid("consent")}
              aria-describedby={errors.consent ? "sign-consent-hint sign-consent-error" : "sign-consent-hint"} />
            <label htmlFor="sign-consent">{byKind(words.fields.consent, kindWords?.consent)}</label>
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

/** The fields in the order the form shows them, the choice of kind and an individual's affiliation included. */
const FORM_ORDER: readonly SignatureField[] = ["kind", ORDER[0], "affiliation", ...ORDER.slice(1)];

function focusFirstError(form: HTMLFormElement | null, errors: Errors | undefined, kind: SignatureKind) {
  if (!form || !errors) return;
  const first = FORM_ORDER.find((f) => errors[f]);
  if (first) form.querySelector<HTMLElement>(`#${fieldAnchor(first, kind)}`)?.focus();
}
