"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { AdditionOptions } from "@/components/coordinator/addition-options";
import { initialAddSignatureFormState, type AddSignatureFormState } from "@/components/coordinator/import-form-state";
import { LIMITS } from "@/lib/signatures/limits";

type Option = { value: string; label: string };
type Props = {
  action: (state: AddSignatureFormState, form: FormData) => Promise<AddSignatureFormState>;
  letterId: string;
  countries: Option[];
  orgTypes: Option[];
  /** The kinds of signer the letter takes; the choice shows only when there are two. */
  kinds: Option[];
  languages: Option[];
  letterLanguage: string;
};

/**
 * One signature that arrived elsewhere, with the sign form's answers. Checked on the server by the
 * sign form's schema; without JavaScript the form posts and comes back with its errors by field.
 */
export function AddSignatureForm({ action, letterId, countries, orgTypes, kinds, languages, letterLanguage }: Props) {
  const t = useTranslations("import.add");
  const general = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialAddSignatureFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const text = (name: "orgName" | "contactName" | "email" | "website" | "role" | "affiliation", max: number, required = false, type = "text") => (
    <Field id={name} label={t(name)} error={e[name]}>
      {(describedBy) => (
        <input id={name} name={name} type={type} defaultValue={v[name] ?? ""} maxLength={max} required={required} dir="auto"
          aria-describedby={describedBy} aria-invalid={e[name] ? true : undefined} />
      )}
    </Field>
  );
  const select = (name: "country" | "orgType" | "kind" | "language", options: Option[], fallback: string, placeholder?: string) => (
    <Field id={name} label={t(name)} error={e[name]}>
      {(describedBy) => (
        <select id={name} name={name} defaultValue={v[name] ?? fallback} aria-describedby={describedBy} aria-invalid={e[name] ? true : undefined}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
  return (
    <form key={state.submission} action={formAction} noValidate className="stack" aria-label={t("title")}>
      <input type="hidden" name="letterId" value={letterId} />
      {(state.formError || Object.keys(e).length > 0) && (
        <p className="notice notice--error" role="alert">{state.formError ? general(state.formError) : t("errorSummary")}</p>
      )}
      {kinds.length > 1 ? select("kind", kinds, kinds[0].value) : <input type="hidden" name="kind" value={kinds[0]?.value ?? "organisation"} />}
      {text("orgName", LIMITS.orgName, true)}
      {kinds.some((k) => k.value === "individual") && text("affiliation", 200)}
      {select("country", countries, "", t("choose"))}
      {select("orgType", orgTypes, "", t("choose"))}
      {text("website", LIMITS.website)}
      {text("contactName", LIMITS.contactName, true)}
      {text("email", LIMITS.email, true, "email")}
      {text("role", LIMITS.role)}
      <Field id="comment" label={t("comment")} error={e.comment}>
        {(describedBy) => <textarea id="comment" name="comment" rows={3} maxLength={LIMITS.comment} defaultValue={v.comment ?? ""} dir="auto" aria-describedby={describedBy} />}
      </Field>
      <div className="field">
        <div><input type="checkbox" id="hideName" name="hideName" defaultChecked={v.hideName === "on"} aria-describedby="hideName-hint" /> <label htmlFor="hideName">{t("hideName")}</label></div>
        <span className="hint" id="hideName-hint">{t("hideNameHint")}</span>
        <div><input type="checkbox" id="hideCountry" name="hideCountry" defaultChecked={v.hideCountry === "on"} /> <label htmlFor="hideCountry">{t("hideCountry")}</label></div>
      </div>
      {select("language", languages, letterLanguage)}
      <AdditionOptions mode={v.mode} note={v.note} errors={{ mode: e.mode, note: e.note }} />
      <p><button type="submit" className="button" disabled={pending}>{t("submit")}</button></p>
    </form>
  );
}
