import { z } from "zod";
import { COUNTRY_CODES, countryName, isCountryCode } from "@/lib/countries";
import { isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { signatureFields, withOrganisationRules } from "@/lib/signatures/schema";
import { SIGNATURE_KINDS } from "@/lib/signatures/kinds";

/**
 * Signatures that arrived elsewhere (email, paper, a meeting), added by a coordinator one at a time
 * or imported from a CSV file. The answers are the sign form's, checked by the same schema
 * (lib/signatures/schema.ts); the contact's consent is theirs to give, by confirming the mail, or the
 * coordinator's to record, with a note of where it came from.
 */

/** What happens to the added signatures: the contact confirms by mail, or the coordinator records them as confirmed. */
export const ADDITION_MODES = ["mail", "confirmed"] as const;
export type AdditionMode = (typeof ADDITION_MODES)[number];

export const SOURCE_NOTE_MAX = 200;
/** The largest CSV taken, in bytes: a server action's body is capped at 64 kB, and the text travels again to be confirmed. */
export const CSV_MAX_BYTES = 48 * 1024;
export const CSV_MAX_ROWS = 500;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** How the coordinator adds them: the mode, and the note of the source (required when they confirm themselves: `noteMissing`). */
export const additionOptionFields = {
  mode: z.enum(ADDITION_MODES, { error: "REQUIRED" }),
  note: z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(SOURCE_NOTE_MAX, { error: "TOO_LONG" }).refine((v) => !CONTROL.test(v), { error: "INVALID_CHARACTERS" })),
};
export type AdditionOptions = { mode: AdditionMode; note: string };

/** Recorded as confirmed by the coordinator: where it came from must be said. */
export const noteMissing = (options: AdditionOptions): boolean => options.mode === "confirmed" && options.note === "";

const yes = (v: unknown) => v === true || (typeof v === "string" && /^(on|true|yes|1|y|x)$/i.test(v.trim()));
const flag = z.union([z.string(), z.boolean()]).optional().transform(yes);

/**
 * One signature as a coordinator adds it: the sign form's answers (no consent box: see above),
 * with who signs (kind, affiliation), whether the name and country are shown, and the language of
 * the contact's mails (the letter's own when not given).
 */
export const addedSignatureSchema = withOrganisationRules(
  signatureFields
    .omit({ consent: true, wantsUpdates: true })
    .extend({
      kind: z.enum(SIGNATURE_KINDS, { error: "INVALID_VALUE" }).optional().default("organisation"),
      affiliation: z
        .string()
        .optional()
        .transform((v) => (v ?? "").replace(/\s+/g, " ").trim())
        .pipe(z.string().max(200, { error: "TOO_LONG" }).refine((v) => !CONTROL.test(v), { error: "INVALID_CHARACTERS" }))
        .transform((v) => v || undefined),
      hideName: flag,
      hideCountry: flag,
      language: z
        .string()
        .optional()
        .transform((v) => (v ?? "").trim().toLowerCase() || undefined)
        .refine((v) => v === undefined || isLocale(v), { error: "INVALID_VALUE" })
        .transform((v) => v as Locale | undefined),
    }),
);
export type AddedSignature = z.output<typeof addedSignatureSchema>;
export type AddedField = keyof AddedSignature;

/** The manual add form: one signature and how it is added, as flat fields (errors are shown by field). */
export const manualAddSchema = addedSignatureSchema.extend(additionOptionFields);
export type ManualAddInput = z.output<typeof manualAddSchema>;
export type ManualAddField = keyof ManualAddInput;

/** The form's fields into the schema's input shape. */
export function manualAddFromForm(form: FormData): Record<string, string | undefined> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  return Object.fromEntries(
    ["orgName", "country", "orgType", "website", "contactName", "email", "role", "comment", "kind", "affiliation", "language", "hideName", "hideCountry", "mode", "note"]
      .map((k) => [k, text(k)]),
  );
}

/** The import form: the CSV (a file or pasted text, read by the action) and how it is added. */
export const importSchema = z.object({
  csv: z.string({ error: "REQUIRED" }).refine((v) => v.trim() !== "", { error: "REQUIRED" }).refine((v) => new TextEncoder().encode(v).length <= CSV_MAX_BYTES, { error: "TOO_LONG" }),
  ...additionOptionFields,
  /** preview writes nothing; import checks everything again and writes every row, or none. */
  intent: z.enum(["preview", "import"]).default("preview"),
});
export type ImportInput = z.output<typeof importSchema>;

/**
 * The CSV's columns, in the template's order: stable names, never translated (a file made in one
 * language imports in another). Required ones first.
 */
export const CSV_COLUMNS = [
  "organisation", "country", "organisation_type", "contact_name", "email", "website", "role", "comment",
  "language", "kind", "affiliation", "hide_name", "hide_country",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ["organisation", "country", "contact_name", "email"];

/** The template's example row. */
export const CSV_EXAMPLE: Record<CsvColumn, string> = {
  organisation: "Digital Rights Network", country: "KE", organisation_type: "civil_society", contact_name: "Amina Odhiambo",
  email: "amina@example.org", website: "https://example.org", role: "Director", comment: "", language: "en",
  kind: "organisation", affiliation: "", hide_name: "no", hide_country: "no",
};

/** Which answer of the form a column fills (the row's errors are shown against the column). */
export const FIELD_OF_COLUMN: Record<CsvColumn, AddedField> = {
  organisation: "orgName", country: "country", organisation_type: "orgType", contact_name: "contactName", email: "email",
  website: "website", role: "role", comment: "comment", language: "language", kind: "kind", affiliation: "affiliation",
  hide_name: "hideName", hide_country: "hideCountry",
};

let countryIndex: Map<string, string> | null = null;
const fold = (v: string) => v.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[\s.’'-]+/g, " ").trim();

/** A country as a file gives it: its ISO 3166 alpha-2 code, or its name in any of the six languages. */
export function countryCodeOf(value: string): string {
  const v = value.trim();
  if (isCountryCode(v.toUpperCase()) && v.length === 2) return v.toUpperCase();
  if (!countryIndex) {
    countryIndex = new Map();
    for (const locale of locales) for (const code of COUNTRY_CODES) countryIndex.set(fold(countryName(code, locale)), code);
  }
  return countryIndex.get(fold(v)) ?? v;
}

/**
 * A CSV row (by column name) into the schema's input shape. An empty kind is the letter's first
 * (`defaultKind`); an individual may leave the organisation type empty.
 */
export function addedSignatureFromRow(row: Partial<Record<CsvColumn, string>>, defaultKind: string) {
  const kind = row.kind?.trim().toLowerCase() || defaultKind;
  return {
    orgName: row.organisation ?? "",
    country: countryCodeOf(row.country ?? ""),
    orgType: row.organisation_type?.trim().toLowerCase() || (kind === "individual" ? "other" : ""),
    website: row.website,
    contactName: row.contact_name ?? "",
    email: row.email ?? "",
    role: row.role,
    comment: row.comment,
    language: row.language,
    kind,
    affiliation: row.affiliation,
    hideName: row.hide_name ?? "",
    hideCountry: row.hide_country ?? "",
  };
}
