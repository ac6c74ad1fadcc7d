import { useTranslations } from "next-intl";
import { FieldFrame, type FieldFrameProps } from "@/components/ui/field-frame";

type FieldProps = Omit<FieldFrameProps, "errorText"> & {
  /** The form's own wording of `error` for this field, if it has one; otherwise the code's text from "errors". */
  errorText?: string;
};

/** A labelled form control with its hint and its error right next to it, the error worded from the catalogue. */
export function Field({ errorText, ...props }: FieldProps) {
  const errors = useTranslations("errors");
  return <FieldFrame {...props} errorText={props.error ? (errorText ?? errors(props.error)) : undefined} />;
}
