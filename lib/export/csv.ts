import "server-only";
import { Readable, pipeline } from "node:stream";
import { stringify, type Options } from "csv-stringify";
import { countryName, orgTypeLabels } from "@/lib/export/labels";
import { neutraliseCell } from "@/lib/export/neutralise";
import { allSignatures, approvedSignatories } from "@/lib/export/queries";
import { toWebStream } from "@/lib/export/stream";

type Cell = string | number | Date | null | undefined;

/**
 * RFC 4180 with what spreadsheets need: a byte-order mark so Excel reads UTF-8 accents, CRLF
 * line ends, every field quoted (empty ones too), and formula-like cells neutralised.
 */
const CSV_OPTIONS: Options = {
  bom: true,
  header: true,
  quoted: true,
  quoted_empty: true,
  record_delimiter: "windows",
  cast: { string: neutraliseCell, date: (d) => d.toISOString() },
};

/** Which download a CSV is, for the log when it fails. */
type CsvContext = { export: "public" | "coordinator"; letterId: string };

/** Organisation types in words, for the cells that show one. */
type Labels = { orgType: (type: string) => string };

/** One CSV download: each row of `rows` becomes the cells `cells` makes of it, under `columns`. */
function csvStream<T>(
  columns: string[],
  rows: AsyncIterable<T>,
  cells: (row: T, labels: Labels) => Cell[],
  context: CsvContext,
): ReadableStream<Uint8Array> {
  const stringifier = stringify({ ...CSV_OPTIONS, columns });
  // Nulls become empty strings so quoted_empty quotes them like every other field.
  const records = Readable.from(
    (async function* () {
      const labels = { orgType: await orgTypeLabels() };
      for await (const row of rows) yield cells(row, labels).map((c) => c ?? "");
    })(),
  );
  // pipeline destroys the stringifier on a database error, so the download fails instead of
  // truncating silently; the cause is logged here. A reader that stops early (the browser closed
  // the download) ends it too, which is not a failure.
  pipeline(records, stringifier, (error) => {
    if (!error) return;
    if (error.name === "AbortError") console.info("[export] CSV download stopped before the end", context);
    else console.error("[export] CSV export failed", context, error);
  });
  return toWebStream(stringifier);
}

/** `named` (a signer at risk is "false"), then `kind` (organisation or individual) and an individual's `affiliation` come last, so the earlier columns keep their places. */
export const PUBLIC_CSV_COLUMNS = ["organisation", "country", "country_code", "organisation_type", "website", "approved_on", "tier", "named", "kind", "affiliation"];

/** A country's name, or nothing for a country a signer at risk did not want shown. */
const countryCell = (code: string) => (code ? countryName(code) : "");

/**
 * Approved signatories, public fields only: what the letter page links to, in its order (tier after
 * tier). `named` is "false" for a signer not named in public (lib/signatures/at-risk.ts): its
 * organisation and website cells are empty, and its country too if it hid that, and it comes after
 * the named signatories of its tier.
 */
export function publicCsv(letterId: string): ReadableStream<Uint8Array> {
  return csvStream(
    PUBLIC_CSV_COLUMNS,
    approvedSignatories(letterId),
    (s, labels) => [s.name, countryCell(s.country), s.country, labels.orgType(s.orgType), s.website, s.approvedAt?.toISOString().slice(0, 10), s.tier, String(s.named), s.kind, s.affiliation],
    { export: "public", letterId },
  );
}

export const COORDINATOR_CSV_COLUMNS = [
  "id", "status", "organisation", "org_name_as_typed", "display_name", "country", "country_code",
  "organisation_type", "website", "contact_name", "email", "role", "comment", "letter_version",
  "language", "text_language", "rejection_reason", "created_at", "confirmed_at", "reviewed_at", "withdrawn_at", "erased_at", "tier",
  "source", "source_note",
  "hide_name", "hide_country",
  "kind", "affiliation",
];

/**
 * Every signature in every status, with the signer's private contact fields: coordinators only.
 * `language` is the one the signer used (their mails come in it), `text_language` that of the text
 * they read (the authoritative one, or a current translation); both as codes (fr, ar, …).
 * `source` says how it came (web, manual: added by a coordinator, import: a coordinator's CSV) and
 * `source_note` the coordinator's note of where (lib/import).
 * `hide_name` and `hide_country` ("true"/"false") say who asked not to be named, or located, in
 * public (lib/signatures/at-risk.ts): the coordinators see their real name and country here.
 */
export function coordinatorCsv(letterId: string): ReadableStream<Uint8Array> {
  return csvStream(
    COORDINATOR_CSV_COLUMNS,
    allSignatures(letterId),
    (s, labels) => [
      s.id, s.status, s.displayName ?? s.orgName, s.orgName, s.displayName, countryName(s.country), s.country,
      labels.orgType(s.orgType), s.website, s.contactName, s.email, s.role, s.comment, s.letterVersion,
      s.locale, s.textLocale, s.rejectionReason, s.createdAt, s.confirmedAt, s.reviewedAt, s.withdrawnAt, s.erasedAt, s.tier,
      s.source, s.sourceNote,
      String(s.hideName), String(s.hideCountry),
      s.kind, s.affiliation,
    ],
    { export: "coordinator", letterId },
  );
}
