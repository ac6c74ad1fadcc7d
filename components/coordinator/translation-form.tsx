"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { initialTranslationFormState, type TranslationFormState } from "@/components/coordinator/translation-form-state";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { translationFormSchema, translationFormValues, type TranslationField } from "@/lib/letters/schema";

type Props = {
  action: (state: TranslationFormState, form: FormData) => Promise<TranslationFormState>;
  letterId: string;
  locale: Locale;
  /** "French translation": the form's heading. */
  heading: string;
  initial: { title: string; addressee: string; body: string };
};

/**
 * The translation of a letter into one language. Without JavaScript it posts to the server action;
 * with it, the same zod schema checks the fields first. The fields are written in the translation's
 * language, so they carry its lang and direction (an Arabic translation is typed right to left).
 */
export function TranslationForm({ action, letterId, locale, heading, initial }: Props) {
  const t = useTranslations("coordinator");
  const general = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialTranslationFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors<TranslationField> | null>(null);
  const values = { ...initial, ...state.values };
  const errors = clientErrors ?? state.fieldErrors ?? {};
  const text = { lang: locale, dir: directionOf(locale) };

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const parsed = translationFormSchema.safeParse(translationFormValues(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(fieldErrorsFrom<TranslationField>(parsed.error));
  }

  const problem = state.formError ?? errors.locale;
  return (
    <form key={state.submission} action={formAction} onSubmit={validate} noValidate className="stack" aria-labelledby="translation-form-heading">
      <h3 id="translation-form-heading">{heading}</h3>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="locale" value={locale} />
      {(problem || Object.keys(errors).length > 0) && (
        <p className="notice notice--error" role="alert">{problem ? general(problem) : t("form.errorSummary")}</p>
      )}
      <Field id="translation-title" label={t("form.title")} error={errors.title}>
        {(describedBy) => (
          <input id="translation-title" name="title" type="text" defaultValue={values.title} required maxLength={200} {...text}
            aria-describedby={describedBy} aria-invalid={errors.title ? true : undefined} />
        )}
      </Field>
      <Field id="translation-addressee" label={t("form.addressee")} error={errors.addressee}>
        {(describedBy) => (
          <input id="translation-addressee" name="addressee" type="text" defaultValue={values.addressee} required maxLength={300} {...text}
            aria-describedby={describedBy} aria-invalid={errors.addressee ? true : undefined} />
        )}
      </Field>
      <Field id="translation-body" label={t("form.body")} error={errors.body}>
        {(describedBy) => (
          <textarea id="translation-body" name="body" rows={16} defaultValue={values.body} required {...text}
            aria-describedby={describedBy} aria-invalid={errors.body ? true : undefined} />
        )}
      </Field>
      <p>
        <button type="submit" className="button" disabled={pending}>{pending ? t("form.saving") : t("translations.save")}</button>
      </p>
    </form>
  );
}
