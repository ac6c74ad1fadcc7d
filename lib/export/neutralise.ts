/**
 * Spreadsheet programs run a cell that starts with = + - @ (and, in some, tab or carriage return)
 * as a formula: a signer could type `=HYPERLINK(...)` as their organisation name and the coordinator's
 * spreadsheet would execute it (OWASP "CSV injection"). A leading single quote makes it plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
