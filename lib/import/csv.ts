import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, CSV_EXAMPLE, CSV_MAX_ROWS, REQUIRED_CSV_COLUMNS, type CsvColumn } from "@/lib/import/schema";

/** What is wrong with the file as a whole; rows are not read. */
export type FileProblem = "UNREADABLE" | "NO_ROWS" | "TOO_MANY_ROWS" | "MISSING_COLUMN" | "UNKNOWN_COLUMN" | "DUPLICATE_COLUMN";

export type CsvRow = {
  /** The row's line in the file (the header is line 1), as a spreadsheet numbers it. */
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
  /** The row has more cells than the header names. */
  extraCells: boolean;
};

export type CsvRead = { ok: true; rows: CsvRow[] } | { ok: false; problem: FileProblem; column?: string };

/**
 * Reads a CSV as spreadsheets write it (RFC 4180: quoted fields with commas, quotes and line breaks
 * in them, CRLF or LF, a UTF-8 byte-order mark), with csv-parse. The first row names the columns
 * (CSV_COLUMNS, in any order, any case); a file whose header has semicolons and no commas (a
 * spreadsheet set to a European locale) is read with semicolons. Empty lines are skipped.
 */
export function readCsv(text: string): CsvRead {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch {
    return { ok: false, problem: "UNREADABLE" };
  }
  const [head, ...body] = records;
  if (!head) return { ok: false, problem: "NO_ROWS" };
  const names = head.record.map((n) => n.trim().toLowerCase().replace(/[\s-]+/g, "_"));
  const unknown = names.find((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown !== undefined) return { ok: false, problem: "UNKNOWN_COLUMN", column: head.record[names.indexOf(unknown)] };
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return { ok: false, problem: "DUPLICATE_COLUMN", column: twice };
  const missing = REQUIRED_CSV_COLUMNS.find((c) => !names.includes(c));
  if (missing) return { ok: false, problem: "MISSING_COLUMN", column: missing };
  if (body.length === 0) return { ok: false, problem: "NO_ROWS" };
  if (body.length > CSV_MAX_ROWS) return { ok: false, problem: "TOO_MANY_ROWS" };
  const columns = names as CsvColumn[];
  return {
    ok: true,
    rows: body
      // A row of empty cells (a spreadsheet's trailing ",,,,") is no row.
      .filter(({ record }) => record.some((c) => c.trim() !== ""))
      .map(({ record, info }) => ({
        line: info.lines,
        cells: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ""])),
        extraCells: record.slice(columns.length).some((c) => c.trim() !== ""),
      })),
  };
}

/** The template to download: the header and one example row, with a byte-order mark so spreadsheets read UTF-8. */
export function csvTemplate(): string {
  return stringify([CSV_COLUMNS as unknown as string[], CSV_COLUMNS.map((c) => CSV_EXAMPLE[c])], { bom: true, record_delimiter: "windows" });
}
