import type { ReactNode } from "react";

type FieldProps = {
  /** The id of the control inside; the label, hint and error hang off it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already-translated error text; when set the control must carry aria-invalid. */
  error?: string;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** A labelled form control with its hint and its error right next to it. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
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
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
