import "server-only";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db, type Tx } from "@/lib/db";
import { canonicalEmail, emailDomainOf, isFreeMail } from "@/lib/email-address";
import { fieldErrorsFrom, isErrorCode, type ErrorCode } from "@/lib/errors";
import { readCsv, type CsvRow, type FileProblem } from "@/lib/import/csv";
import { addedSignatureFromRow, addedSignatureSchema, CSV_COLUMNS, FIELD_OF_COLUMN, type AddedSignature, type CsvColumn } from "@/lib/import/schema";
import { isSignatureKind, kindsOf, letterTakes } from "@/lib/signatures/kinds";
import { nameKeyOf } from "@/lib/signatures/normalise";

/** What is wrong with one answer of a row: a registry code (the sign form's), or one the import alone has. */
export type ImportProblem = ErrorCode | "DUPLICATE_IN_FILE" | "KIND_NOT_TAKEN" | "EXTRA_CELLS" | "HIDING_ORGANISATIONS_ONLY";
export const IMPORT_ONLY_PROBLEMS = ["DUPLICATE_IN_FILE", "KIND_NOT_TAKEN", "EXTRA_CELLS", "HIDING_ORGANISATIONS_ONLY"] as const;

/** A reason to look twice that does not stop the import: the same organisation, or someone from it, may be there already. */
export type LikelyDuplicate = { reason: "sameName" | "sameDomain"; /** a signature already on the letter, by its name, or a line of the file */ existing?: string; line?: number };

export type RowReport = {
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
  errors: Partial<Record<CsvColumn | "row", ImportProblem>>;
  likely: LikelyDuplicate[];
};

export type ImportReport =
  | { ok: true; rows: RowReport[]; valid: { line: number; data: AddedSignature }[]; errorCount: number }
  | { ok: false; problem: FileProblem; column?: string };

type CheckedRow = { row: CsvRow; data: AddedSignature | null; errors: RowReport["errors"] };

/** One row against the sign form's schema and the letter's kinds of signer. */
function checkRow(row: CsvRow, signerKinds: string): CheckedRow {
  const errors: RowReport["errors"] = {};
  if (row.extraCells) errors.row = "EXTRA_CELLS";
  const input = addedSignatureFromRow(row.cells, kindsOf(signerKinds)[0]);
  const parsed = addedSignatureSchema.safeParse(input);
  if (!parsed.success) {
    const byField = fieldErrorsFrom(parsed.error);
    for (const column of CSV_COLUMNS) {
      let code = byField[FIELD_OF_COLUMN[column]];
      if (!code) continue;
      // The sign form words a type that is not one of its own as "choose one"; a file gave one we do not know.
      if (code === "REQUIRED" && (row.cells[column] ?? "").trim() !== "") code = "INVALID_VALUE";
      errors[column] = isErrorCode(code) ? code : "INVALID_VALUE";
    }
  }
  if (!errors.kind && isSignatureKind(input.kind) && !letterTakes(signerKinds, input.kind)) errors.kind = "KIND_NOT_TAKEN";
  // Only an organisation may be counted without its name ("An organisation from …"): a person asked
  // for it would otherwise be named, so the row is refused rather than the choice dropped.
  if (!errors.hide_name && parsed.success && parsed.data.kind === "individual" && parsed.data.hideName) errors.hide_name = "HIDING_ORGANISATIONS_ONLY";
  return { row, data: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/**
 * The per-row report of a CSV import, written before anything is: each row's problems by column, in
 * the codes the page words in the reader's language, and its likely duplicates. An address that
 * already signed the letter, or that is twice in the file, is an error (one signature per address
 * per letter); the same name (normalised: nameKey) or the same email domain, in the letter or in
 * the file, is only a hint. Read with the caller's client: the import reads it again inside its
 * transaction, so what it writes is what was checked then, not what a preview showed earlier.
 */
export async function checkImport(client: Tx, letter: AuthorizedLetter, csv: string): Promise<ImportReport> {
  const read = readCsv(csv);
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, problem: "NO_ROWS" };
  const { signerKinds } = await client.letter.findUniqueOrThrow({ where: { id: letter.id }, select: { signerKinds: true } });
  const checked = read.rows.map((row) => checkRow(row, signerKinds));

  const keysOf = (c: CheckedRow) => {
    const email = c.data?.email ?? (c.row.cells.email ?? "").trim();
    const name = c.data?.orgName ?? (c.row.cells.organisation ?? "").trim();
    return { email: email ? canonicalEmail(email) : "", domain: email.includes("@") ? emailDomainOf(email) : "", name: name ? nameKeyOf(name) : "" };
  };
  const keys = checked.map(keysOf);
  const emails = [...new Set(keys.map((k) => k.email).filter(Boolean))];
  const names = [...new Set(keys.map((k) => k.name).filter(Boolean))];
  const domains = [...new Set(keys.map((k) => k.domain).filter((d) => d && !isFreeMail(d)))];
  const existing = await client.signature.findMany({
    where: { letterId: letter.id, OR: [{ emailCanonical: { in: emails } }, { nameKey: { in: names } }, { emailDomain: { in: domains } }] },
    select: { orgName: true, displayName: true, emailCanonical: true, nameKey: true, emailDomain: true },
  });

  const rows = checked.map((c, i): RowReport => {
    const k = keys[i];
    const errors = { ...c.errors };
    const likely: LikelyDuplicate[] = [];
    if (k.email && !errors.email) {
      if (existing.some((e) => e.emailCanonical === k.email)) errors.email = "ALREADY_SIGNED";
      else if (keys.some((o, j) => j < i && o.email === k.email)) errors.email = "DUPLICATE_IN_FILE";
    }
    for (const e of existing) {
      const shown = e.displayName ?? e.orgName;
      if (k.name && e.nameKey === k.name) likely.push({ reason: "sameName", existing: shown });
      else if (k.domain && !isFreeMail(k.domain) && e.emailDomain === k.domain) likely.push({ reason: "sameDomain", existing: shown });
    }
    keys.forEach((o, j) => {
      if (j === i) return;
      if (k.name && o.name === k.name) likely.push({ reason: "sameName", line: checked[j].row.line });
      else if (k.domain && !isFreeMail(k.domain) && o.domain === k.domain) likely.push({ reason: "sameDomain", line: checked[j].row.line });
    });
    return { line: c.row.line, cells: c.row.cells, errors, likely: likely.slice(0, 5) };
  });
  const errorCount = rows.filter((r) => Object.keys(r.errors).length > 0).length;
  const valid = errorCount ? [] : checked.map((c) => ({ line: c.row.line, data: c.data! }));
  return { ok: true, rows, valid, errorCount };
}

/** The preview: the report of a CSV, nothing written. */
export const previewImport = (letter: AuthorizedLetter, csv: string): Promise<ImportReport> => checkImport(db, letter, csv);

/** What the add and import pages need to know of the letter: its language and the kinds of signer it takes. */
export async function letterForAddPages(letter: AuthorizedLetter) {
  return db.letter.findUniqueOrThrow({ where: { id: letter.id }, select: { id: true, title: true, language: true, signerKinds: true } });
}
