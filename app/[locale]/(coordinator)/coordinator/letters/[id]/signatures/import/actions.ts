"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { failedForm } from "@/lib/actions/form-state";
import { letterAction } from "@/lib/actions/safe-action";
import { importSignatures } from "@/lib/import/mutations";
import { previewImport } from "@/lib/import/queries";
import { CSV_MAX_BYTES, importSchema, noteMissing } from "@/lib/import/schema";
import type { ImportFormState } from "@/components/coordinator/import-form-state";

/** The CSV as posted: an uploaded file (at most CSV_MAX_BYTES), else the pasted or carried text. */
async function csvOf(form: FormData): Promise<string | null> {
  const file = form.get("csvFile");
  if (file instanceof File && file.size > 0) return file.size > CSV_MAX_BYTES ? null : file.text();
  const text = form.get("csvText");
  return typeof text === "string" ? text : "";
}

/**
 * Checks a CSV (intent=preview: nothing is written) or imports it (intent=import: read and checked
 * again, then every row or none). A report with problems comes back in the form's state.
 */
export async function importSignaturesAction(prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const csv = await csvOf(form);
  const letterId = form.get("letterId");
  const values = { csv: csv ?? "", mode: String(form.get("mode") ?? ""), note: String(form.get("note") ?? "") };
  const input = { letterId, csv: csv ?? "x".repeat(CSV_MAX_BYTES + 1), mode: form.get("mode") ?? undefined, note: form.get("note") ?? undefined, intent: form.get("intent") ?? undefined };
  const result = await letterAction(importSchema, input, async ({ csv, intent, ...options }, { letter }) => {
    if (noteMissing(options)) return { ok: false as const, code: "INVALID_INPUT" as const, fieldErrors: { note: "REQUIRED" as const } };
    if (intent === "preview") return { ok: true as const, outcome: "report" as const, report: await previewImport(letter, csv) };
    return importSignatures(letter, csv, options);
  });
  if (!result.ok) return failedForm(prev, values, result);
  if (result.outcome === "report") return { submission: prev.submission + 1, values, report: result.report };
  revalidatePath("/", "layout");
  return redirectTo(`/coordinator/letters/${String(letterId)}/signatures?${new URLSearchParams({ status: "all", notice: "imported", changed: String(result.count) })}`);
}
