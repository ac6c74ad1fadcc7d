import type { FormState } from "@/lib/actions/form-state";
import type { ImportReport } from "@/lib/import/queries";
import type { AdditionMode, ManualAddField } from "@/lib/import/schema";

/** The manual add form's state: its answers kept, and what was wrong, by field. */
export type AddSignatureFormState = FormState<Record<string, string | undefined>, ManualAddField>;
export const initialAddSignatureFormState: AddSignatureFormState = { submission: 0 };

/**
 * The import form's state: the CSV text and the choices travel with it (into the confirm form's
 * hidden fields), with the report of the last check. Nothing in it is trusted: importing reads
 * and checks the text again.
 */
export type ImportFormState = FormState<{ csv: string; mode?: AdditionMode | string; note?: string }, "csv" | "mode" | "note"> & { report?: ImportReport };
export const initialImportFormState: ImportFormState = { submission: 0 };
