"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { LetterBody } from "@/components/letter/letter-body";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";
import { directionOf, isLocale, localeNames, locales } from "@/lib/i18n/locales";
import { letterFormSchema, letterFormValues, slugify, type LetterField } from "@/lib/letters/schema";
import { initialLetterFormState, type LetterFormState } from "@/components/coordinator/letter-form-state";
import { SignerKindsField } from "@/components/coordinator/signer-kinds-field";

type Values = Record<LetterField, string>;
type Props = {
  action: (state: LetterFormState, form: FormData) => Promise<LetterFormState>;
  letterId?: string;
  initial: Values;
  /** Shown above the text when saving a text change will start a new version. */
  versionWarning?: string;
  submitLabel: string;
};

/**
 * The letter form. Without JavaScript it posts to the server action; with it, the same zod schema
 * checks the fields first and the Markdown preview follows the text as it is typed.
 */
export function LetterForm({ action, letterId, initial, versionWarning, submitLabel }: Props) {
  const t = useTranslations("coordinator.form");
  const general = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialLetterFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors<LetterField> | null>(null);
  const values = { ...initial, ...state.values };
  const [body, setBody] = useState(values.body);
  const [language, setLanguage] = useState(values.language);
  // The text is typed and previewed in its own language and direction (an Arabic letter right to left).
  const textLanguage = isLocale(language) ? language : undefined;
  const ownText = textLanguage ? { lang: textLanguage, dir: directionOf(textLanguage) } : {};
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.slug));
  const [slug, setSlug] = useState(values.slug);
  const errors = clientErrors ?? state.fieldErrors ?? {};

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const parsed = letterFormSchema.safeParse(letterFormValues(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(fieldErrorsFrom<LetterField>(parsed.error));
  }

  const input = (name: keyof Values, type = "text", extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    (describedBy: string | undefined) => (
      <input id={name} name={name} type={type} defaultValue={values[name]} aria-describedby={describedBy}
        aria-invalid={errors[name] ? true : undefined} {...extra} />
    )
  );

  return (
    <form key={state.submission} action={formAction} onSubmit={validate} noValidate className="stack">
      {letterId && <input type="hidden" name="letterId" value={letterId} />}
      {(state.formError || Object.keys(errors).length > 0) && (
        <p className="notice notice--error" role="alert">
          {state.formError ? general(state.formError) : t("errorSummary")}
        </p>
      )}
      <Field id="language" label={t("language")} hint={t("languageHint")} error={errors.language}>
        {(describedBy) => (
          <select id="language" name="language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)} aria-describedby={describedBy}
            aria-invalid={errors.language ? true : undefined}>
            {/* Each language named in itself, as the language switcher does. */}
            {locales.map((locale) => <option key={locale} value={locale} lang={locale}>{localeNames[locale]}</option>)}
          </select>
        )}
      </Field>
      <Field id="title" label={t("title")} error={errors.title}>
        {input("title", "text", {
          required: true, maxLength: 200, ...ownText,
          onChange: (e) => { if (!slugTouched) setSlug(slugify(e.currentTarget.value)); },
        })}
      </Field>
      <Field id="slug" label={t("slug")} hint={t("slugHint")} error={errors.slug}>
        {(describedBy) => (
          <input id="slug" name="slug" type="text" value={slug} required maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*"
            onChange={(e) => { setSlugTouched(true); setSlug(e.currentTarget.value); }}
            aria-describedby={describedBy} aria-invalid={errors.slug ? true : undefined} />
        )}
      </Field>
      <Field id="addressee" label={t("addressee")} error={errors.addressee}>
        {input("addressee", "text", { required: true, maxLength: 300, ...ownText })}
      </Field>
      {versionWarning && <p className="notice">{versionWarning}</p>}
      <Field id="body" label={t("body")} hint={t("bodyHint")} error={errors.body}>
        {(describedBy) => (
          <textarea id="body" name="body" rows={16} required value={body} onChange={(e) => setBody(e.currentTarget.value)} {...ownText}
            aria-describedby={describedBy} aria-invalid={errors.body ? true : undefined} />
        )}
      </Field>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("preview")}</h2>
        <div className="preview">{body.trim() ? <LetterBody markdown={body} lang={textLanguage} /> : <p className="muted">{t("previewEmpty")}</p>}</div>
      </section>
      <SignerKindsField value={values.signerKinds} error={errors.signerKinds} />
      <Field id="deadline" label={t("deadline")} hint={t("deadlineHint")} error={errors.deadline}>
        {input("deadline", "datetime-local")}
      </Field>
      <Field id="coordinators" label={t("coordinators")} hint={t("coordinatorsHint")} error={errors.coordinators}>
        {(describedBy) => (
          <textarea id="coordinators" name="coordinators" rows={4} defaultValue={values.coordinators}
            aria-describedby={describedBy} aria-invalid={errors.coordinators ? true : undefined} />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>{pending ? t("saving") : submitLabel}</button>
    </form>
  );
}
