"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { AdditionOptions } from "@/components/coordinator/addition-options";
import { initialImportFormState, type ImportFormState } from "@/components/coordinator/import-form-state";
import { isErrorCode } from "@/lib/errors";
import type { ImportProblem, RowReport } from "@/lib/import/queries";
import { CSV_COLUMNS, CSV_MAX_BYTES } from "@/lib/import/schema";

type Props = { action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>; letterId: string };

/**
 * Upload (a file or pasted text), then a preview that writes nothing: each row with its problems
 * next to the column they are about, and its likely duplicates. "Import" is offered only when no
 * row has a problem; it posts the same text back (a hidden field) and the server checks it again.
 */
export function ImportForm({ action, letterId }: Props) {
  const t = useTranslations("import.import");
  const general = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, initialImportFormState);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const report = state.report;
  const problemText = (p: ImportProblem) => (isErrorCode(p) ? general(p) : t(`problems.${p}`));
  const importable = report?.ok && report.errorCount === 0 && report.rows.length > 0;
  return (
    <div className="stack">
      <form key={state.submission} action={formAction} noValidate className="stack" aria-label={t("uploadForm")}>
        <input type="hidden" name="letterId" value={letterId} />
        <input type="hidden" name="intent" value="preview" />
        {state.formError && <p className="notice notice--error" role="alert">{general(state.formError)}</p>}
        <div className="field">
          <label htmlFor="csvFile">{t("file")}</label>
          <span className="hint" id="csvFile-hint">{t("fileHint", { kb: CSV_MAX_BYTES / 1024 })}</span>
          {e.csv && <p className="field-error" id="csv-error">{e.csv === "REQUIRED" ? t("csvRequired") : general(e.csv)}</p>}
          <input id="csvFile" name="csvFile" type="file" accept=".csv,text/csv,text/plain" aria-describedby={e.csv ? "csvFile-hint csv-error" : "csvFile-hint"} />
        </div>
        <div className="field">
          <label htmlFor="csvText">{t("text")}</label>
          <span className="hint" id="csvText-hint">{t("textHint")}</span>
          <textarea id="csvText" name="csvText" rows={8} defaultValue={v?.csv ?? ""} dir="auto" spellCheck={false} aria-describedby="csvText-hint" />
        </div>
        <AdditionOptions mode={v?.mode} note={v?.note} errors={{ mode: e.mode, note: e.note }} />
        <p><button type="submit" className="button button--secondary" disabled={pending}>{t("check")}</button></p>
      </form>

      {report && (
        <section aria-labelledby="report-heading" className="stack" id="report">
          <h2 id="report-heading">{t("reportHeading")}</h2>
          {!report.ok ? (
            <p className="notice notice--error" role="alert">{t(`fileProblems.${report.problem}`, { column: report.column ?? "" })}</p>
          ) : (
            <>
              <p className={`notice ${report.errorCount ? "notice--error" : "notice--ok"}`} role={report.errorCount ? "alert" : "status"}>
                {t("summary", { rows: report.rows.length, errors: report.errorCount })}{" "}
                {report.errorCount ? t("fixAndCheck") : t("nothingWritten")}
              </p>
              <div className="table-scroll">
                <table className="queue import-report">
                  <thead>
                    <tr>
                      <th scope="col">{t("line")}</th>
                      {CSV_COLUMNS.filter((c) => report.rows.some((r) => r.cells[c] !== undefined)).map((c) => <th key={c} scope="col"><code>{c}</code></th>)}
                      <th scope="col">{t("likely")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((r) => <ReportRow key={r.line} row={r} columns={CSV_COLUMNS.filter((c) => report.rows.some((x) => x.cells[c] !== undefined))} problemText={problemText} />)}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {importable && (
            <form action={formAction} aria-label={t("confirmForm")}>
              <input type="hidden" name="letterId" value={letterId} />
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="csvText" value={v?.csv ?? ""} />
              <input type="hidden" name="mode" value={v?.mode ?? ""} />
              <input type="hidden" name="note" value={v?.note ?? ""} />
              <button type="submit" className="button" disabled={pending}>{t("importButton", { count: report.rows.length })}</button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}

function ReportRow({ row, columns, problemText }: { row: RowReport; columns: readonly (typeof CSV_COLUMNS)[number][]; problemText: (p: ImportProblem) => string }) {
  const t = useTranslations("import.import");
  const bad = Object.keys(row.errors).length > 0;
  return (
    <tr data-line={row.line} data-state={bad ? "error" : "ok"}>
      <th scope="row">
        {row.line}
        {row.errors.row && <p className="field-error">{problemText(row.errors.row)}</p>}
      </th>
      {columns.map((c) => (
        <td key={c} data-column={c} aria-invalid={row.errors[c] ? true : undefined}>
          <bdi>{row.cells[c]}</bdi>
          {row.errors[c] && <p className="field-error">{problemText(row.errors[c]!)}</p>}
        </td>
      ))}
      <td>
        {row.likely.length === 0 ? "—" : (
          <ul>
            {row.likely.map((l, i) => (
              <li key={i}>{l.existing !== undefined ? t(`${l.reason}Existing`, { name: l.existing }) : t(`${l.reason}Line`, { line: l.line ?? 0 })}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
