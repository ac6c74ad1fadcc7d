import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Result } from "@/lib/errors";
import { publicLetterUrl } from "@/lib/export/json";
import { countryName, exportTranslator, formatDate, orgTypeLabels, tierHeadings, unnamedLabels, type ExportTranslator } from "@/lib/export/labels";
import { languageName } from "@/lib/i18n/language-name";
import { markdownTree } from "@/lib/export/markdown";
import { choosePdfEdition, type PdfEdition } from "@/lib/export/pdf-edition";
import { pdfSummary } from "@/lib/export/pdf-summary";
import { joinFile, renderPdf, templateFile, workerFile } from "@/lib/export/pdf-render";
import { approvedSignatories, letterTranslations, type ExportLetter } from "@/lib/export/queries";
import type { PdfLanguage, PdfOptions } from "@/lib/export/schema";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { showsTiers, type Tier } from "@/lib/signatures/tier-order";
import { listedKinds, type SignatureKind } from "@/lib/signatures/kinds";
import { translatorFor } from "@/lib/i18n/translator";

/** Pages in a PDF: one `/Type /Page` object each (`/Pages` is the tree). */
export const countPages = (pdf: Buffer): number => pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** The texts a PDF in `language` prints, or NO_CURRENT_TRANSLATION (see choosePdfEdition). */
export async function pdfEdition(letter: ExportLetter, language: PdfLanguage | undefined): Promise<Result<{ edition: PdfEdition }, "NO_CURRENT_TRANSLATION">> {
  return choosePdfEdition(letter, await letterTranslations(letter.id), language);
}

/** The "export" strings of every language the edition prints, loaded once. */
async function translators(edition: PdfEdition): Promise<(locale: Locale) => ExportTranslator> {
  const wanted = [...new Set([edition.locale, ...edition.sections.map((s) => s.locale)])];
  const loaded = new Map(await Promise.all(wanted.map(async (l) => [l, await exportTranslator(l)] as const)));
  return (locale) => loaded.get(locale)!;
}

// Stand-ins for the page numbers in the catalogue's "Page {page} of {total}": the template puts
// the numbers in, in the digits of the language.
const PAGE = "\u0001";
const TOTAL = "\u0002";

/**
 * Everything the PDF prints, as the JSON the template reads (lib/export/pdf-template.typ): the
 * letter's texts (their Markdown as a tree), every label in the edition's language, and the rows.
 * It is also what the cache is keyed on: the same JSON is the same PDF.
 */
export async function pdfData(letter: ExportLetter, options: PdfOptions, date: Date, edition: PdfEdition): Promise<string> {
  const tIn = await translators(edition);
  const locale = edition.locale;
  const t = tIn(locale);
  const orgTypeLabel = await orgTypeLabels(locale);
  const tierHeading = await tierHeadings(locale);
  const showCountry = options.order === "alphabetical";
  // Signers at risk (lib/signatures/at-risk.ts) come unnamed, after their tier's named rows, unless
  // the coordinator names them in this copy for the addressee.
  const unnamed = await unnamedLabels(locale);
  type Row = { name: string; country: string; type: string };
  const people = await translatorFor("individuals", locale);
  // The rows come organisations then individuals, each tier after tier (lib/export/queries.ts).
  const byKind = new Map<SignatureKind, Map<Tier, Row[]>>([["organisation", new Map()], ["individual", new Map()]]);
  let count = 0;
  for await (const s of approvedSignatories(letter.id, { reveal: options.nameAtRisk === true })) {
    const country = s.country ? countryName(s.country, locale) : "";
    // An individual: "Name, affiliation (for identification only)", as the letter page shows them.
    const shown = s.kind === "individual" && s.affiliation ? `${s.name}, ${s.affiliation} (${people("lists.identification")})` : s.name;
    const name = s.named ? shown : showCountry ? unnamed.label(country) : unnamed.plain;
    const row = { name, country: country || unnamed.noCountry, type: options.includeType && s.kind !== "individual" ? orgTypeLabel(s.orgType) : "" };
    const byTier = byKind.get(s.kind)!;
    const list = byTier.get(s.tier);
    if (list) list.push(row);
    else byTier.set(s.tier, [row]);
    count++;
  }
  const kindCount = (kind: SignatureKind) => [...byKind.get(kind)!.values()].reduce((n, rows) => n + rows.length, 0);
  // Individuals in their own section after the organisations, each under its heading with its count.
  const kinds = listedKinds(letter.signerKinds, { organisations: kindCount("organisation"), individuals: kindCount("individual") });
  const kindHeading = (kind: SignatureKind) =>
    kind === "individual" ? people("lists.individuals", { count: kindCount(kind) }) : people("lists.organisations", { count: kindCount(kind) });
  const cells = (row: Row) => [row.name, ...(showCountry ? [row.country] : []), ...(options.includeType ? [row.type] : [])];
  /** One tier's rows in one flow, or under a heading per country, ordered by its name in the edition's language. */
  const groupsOf = (rows: Row[]): { label: string | null; rows: string[][] }[] => {
    if (showCountry) return [{ label: null, rows: rows.map(cells) }];
    const byCountry = new Map<string, Row[]>();
    for (const row of rows) {
      const list = byCountry.get(row.country);
      if (list) list.push(row);
      else byCountry.set(row.country, [row]);
    }
    // Those who did not want their country shown come last, under a heading that says so.
    const rank = (country: string) => (country === unnamed.noCountry ? 1 : 0);
    return [...byCountry]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, locale))
      .map(([country, list]) => ({ label: `${country} (${list.length})`, rows: list.map(cells) }));
  };
  // Each tier a titled section, its heading above its first group, unless every signatory is a plain one.
  const groupsOfKind = (byTier: Map<Tier, Row[]>) => {
    const tiered = showsTiers([...byTier].map(([tier, rows]) => ({ tier, count: rows.length })));
    return [...byTier].flatMap(([tier, rows]) =>
      groupsOf(rows).map((g, i) => ({ tier: tiered && i === 0 ? tierHeading(tier, rows.length) : null, ...g })),
    );
  };
  const groups = kinds === null
    ? groupsOfKind(byKind.get("organisation")!)
    : kinds.filter((kind) => kindCount(kind) > 0).flatMap((kind) =>
      groupsOfKind(byKind.get(kind)!).map((g, i) => ({ kind: i === 0 ? kindHeading(kind) : null, ...g })));
  const [first] = edition.sections;
  const data = {
    lang: locale,
    rtl: directionOf(locale) === "rtl",
    title: first.title,
    description: t("pdf.to", { addressee: first.addressee }),
    footer: t("pdf.footer", { url: publicLetterUrl(letter.slug) }),
    page: t("pdf.page", { page: PAGE, total: TOTAL }),
    digits: Array.from({ length: 10 }, (_, d) => new Intl.NumberFormat(locale, { useGrouping: false }).format(d)),
    sections: edition.sections.map((section, i) => {
      const ts = tIn(section.locale);
      return {
        lang: section.locale,
        rtl: directionOf(section.locale) === "rtl",
        heading: i > 0 ? ts("pdf.translationHeading", { language: languageName(section.locale, section.locale) }) : null,
        prevails: section.kind === "translation" ? ts("pdf.prevails", { language: languageName(edition.authoritative, section.locale) }) : null,
        to: ts("pdf.to", { addressee: section.addressee }),
        date: i === 0 ? formatDate(date, locale) : null,
        title: section.title,
        body: markdownTree(section.body),
      };
    }),
    // The breadth of support on the first page (the template's summary-block).
    summary: await pdfSummary(letter.id, locale),
    signatories: {
      heading: t("pdf.signatories", { count }),
      empty: count === 0 ? t("pdf.noSignatories") : null,
      columns: [t("pdf.columns.name"), ...(showCountry ? [t("pdf.columns.country")] : []), ...(options.includeType ? [t("pdf.columns.type")] : [])],
      showCountry,
      showType: options.includeType,
      groups,
    },
  };
  return JSON.stringify(data);
}

let engine: string | undefined;
/** The template and the workers: a PDF cached by an earlier version of any is not reused. */
export function engineDigest(): string {
  engine ??= createHash("sha256").update(readFileSync(templateFile())).update(readFileSync(workerFile())).update(readFileSync(joinFile())).digest("hex");
  return engine;
}

/** What identifies a PDF's content: the engine and everything it prints. */
export const pdfDigest = (data: string): string => createHash("sha256").update(engineDigest()).update(data).digest("hex").slice(0, 32);

async function editionFor(letter: ExportLetter, options: PdfOptions, chosen?: PdfEdition): Promise<PdfEdition> {
  if (chosen) return chosen;
  const result = await pdfEdition(letter, options.language);
  if (!result.ok) throw new Error(`PDF of letter ${letter.id} in ${options.language}: ${result.code}`);
  return result.edition;
}

/**
 * The coordinators' PDF of a letter and its approved signatories, as the route and the tests produce
 * it, in the language of `options.language` (the letter's authoritative language by default). The
 * route resolves the edition first, to refuse a language without a current translation before
 * queueing; without one, an edition that cannot be made throws. Rendered in a worker thread;
 * `signal` cancels it.
 */
export async function renderLetterPdf(letter: ExportLetter, options: PdfOptions, date = new Date(), chosen?: PdfEdition, signal?: AbortSignal): Promise<Buffer> {
  const edition = await editionFor(letter, options, chosen);
  return (await renderPdf(await pdfData(letter, options, date, edition), signal)).pdf;
}
