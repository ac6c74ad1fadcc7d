import type { ReactNode } from "react";
import type { ErrorCode } from "@/lib/errors";

export type FieldFrameProps = {
  /** The id of the control inside; the label, hint and error hang off it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the answer; when set the control must carry aria-invalid. */
  error?: ErrorCode;
  /** The words for `error`, shown next to the control. */
  errorText?: string;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/**
 * A labelled form control with its hint and its error right next to it, given every word: no
 * catalogue needed (the sign form's words come from the server). `Field` looks up the error's words itself.
 */
export function FieldFrame({ id, label, hint, error, errorText, className, children }: FieldFrameProps) {
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
          {errorText}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
