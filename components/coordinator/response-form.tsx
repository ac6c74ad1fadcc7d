"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { initialResponseFormState, type ResponseFormState } from "@/components/coordinator/response-form-state";
import { fieldErrorsFrom, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { responseFormSchema, responseFormValues, type ResponseField } from "@/lib/responses/schema";

type Props = {
  action: (state: ResponseFormState, form: FormData) => Promise<ResponseFormState>;
  letterId: string;
  heading: string;
  /** The response being edited (its id and fields), or empty fields for a new one. */
  initial: Record<ResponseField, string>;
  cancelHref?: string;
  cancelLabel?: string;
};

/**
 * Adds or edits one response to a letter. Without JavaScript it posts to the server action; with
 * it, the same zod schema checks the fields first. Errors sit next to their fields.
 */
export function ResponseForm({ action, letterId, heading, initial, cancelHref, cancelLabel }: Props) {
  const t = useTranslations("response");
  const general = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialResponseFormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors<ResponseField> | null>(null);
  const values = { ...initial, ...state.values };
  const errors = clientErrors ?? state.fieldErrors ?? {};

  function validate(event: React.FormEvent<HTMLFormElement>) {
    const parsed = responseFormSchema.safeParse(responseFormValues(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(fieldErrorsFrom<ResponseField>(parsed.error));
  }

  // This form's own words for a code on one field, where the general text would be vague.
  const linkError = (code?: ErrorCode) => (code === "INVALID_WEBSITE" ? t("fieldErrors.link.INVALID_WEBSITE") : undefined);
  const dateError = (code?: ErrorCode) => (code === "INVALID_VALUE" ? t("fieldErrors.receivedAt.INVALID_VALUE") : undefined);
  const problem = state.formError ?? errors.responseId;
  const editing = initial.responseId !== "";
  return (
    <form key={state.submission} action={formAction} onSubmit={validate} noValidate className="stack" aria-labelledby="response-form-heading">
      <h2 id="response-form-heading">{heading}</h2>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="responseId" value={values.responseId} />
      {(problem || Object.keys(errors).length > 0) && (
        <p className="notice notice--error" role="alert">{problem ? general(problem) : t("workspace.errorSummary")}</p>
      )}
      <Field id="response-receivedAt" label={t("fields.receivedAt")} error={errors.receivedAt} errorText={dateError(errors.receivedAt)}>
        {(describedBy) => (
          <input id="response-receivedAt" name="receivedAt" type="date" defaultValue={values.receivedAt} required
            aria-describedby={describedBy} aria-invalid={errors.receivedAt ? true : undefined} />
        )}
      </Field>
      <Field id="response-author" label={t("fields.author")} hint={t("fields.authorHint")} error={errors.author}>
        {(describedBy) => (
          <input id="response-author" name="author" type="text" defaultValue={values.author} required maxLength={300} dir="auto"
            aria-describedby={describedBy} aria-invalid={errors.author ? true : undefined} />
        )}
      </Field>
      <Field id="response-body" label={t("fields.body")} hint={t("fields.bodyHint")} error={errors.body}>
        {(describedBy) => (
          <textarea id="response-body" name="body" rows={12} defaultValue={values.body} required dir="auto"
            aria-describedby={describedBy} aria-invalid={errors.body ? true : undefined} />
        )}
      </Field>
      <Field id="response-link" label={t("fields.link")} hint={t("fields.linkHint")} error={errors.link} errorText={linkError(errors.link)}>
        {(describedBy) => (
          <input id="response-link" name="link" type="url" inputMode="url" defaultValue={values.link} maxLength={2000} dir="ltr"
            aria-describedby={describedBy} aria-invalid={errors.link ? true : undefined} />
        )}
      </Field>
      <Field id="response-comment" label={t("fields.comment")} hint={t("fields.commentHint")} error={errors.comment}>
        {(describedBy) => (
          <textarea id="response-comment" name="comment" rows={6} defaultValue={values.comment} dir="auto"
            aria-describedby={describedBy} aria-invalid={errors.comment ? true : undefined} />
        )}
      </Field>
      <p className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("workspace.saving") : editing ? t("workspace.save") : t("workspace.publish")}
        </button>
        {cancelHref && <Link href={cancelHref}>{cancelLabel}</Link>}
      </p>
    </form>
  );
}
