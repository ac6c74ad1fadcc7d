import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";

type FieldProps = {
  /** The id of the control inside; the label, hint and error hang off it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the answer; when set the control must carry aria-invalid. */
  error?: ErrorCode;
  /** The form's own wording of `error` for this field, if it has one; otherwise the code's text from "errors". */
  errorText?: string;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** A labelled form control with its hint and its error right next to it. */
export function Field({ id, label, hint, error, errorText, className, children }: FieldProps) {
  const errors = useTranslations("errors");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {errorText ?? errors(error)}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
