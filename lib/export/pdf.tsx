import "server-only";
import { Document, renderToBuffer } from "@react-pdf/renderer";
import type { Result } from "@/lib/errors";
import { registerFonts } from "@/lib/export/fonts";
import { countryName, exportTranslator, orgTypeLabels, type ExportTranslator } from "@/lib/export/labels";
import { LetterDocument, LetterPages, signatoryPageCount, type Props } from "@/lib/export/pdf-document";
import { choosePdfEdition, type PdfEdition } from "@/lib/export/pdf-edition";
import type { Row } from "@/lib/export/pdf-pages";
import { approvedSignatories, letterTranslations, type ExportLetter } from "@/lib/export/queries";
import type { PdfLanguage, PdfOptions } from "@/lib/export/schema";
import type { Locale } from "@/lib/i18n/locales";

/** Pages in a PDF that pdfkit wrote: one `/Type /Page` object each (`/Pages` is the tree). */
export const countPages = (pdf: Buffer): number => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

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

/**
 * The coordinators' PDF of a letter and its approved signatories, as the route and the tests produce it,
 * in the language of `options.language` (the letter's authoritative language by default). The route
 * resolves the edition first, to refuse a language without a current translation before queueing;
 * without one, an edition that cannot be made throws.
 * Page numbers are computed up front (see Numbering); if a signatory page overflowed after all,
 * the count is off and the document is laid out again with react-pdf's own numbering.
 */
export async function renderLetterPdf(letter: ExportLetter, options: PdfOptions, date = new Date(), chosen?: PdfEdition): Promise<Buffer> {
  let edition = chosen;
  if (!edition) {
    const result = await pdfEdition(letter, options.language);
    if (!result.ok) throw new Error(`PDF of letter ${letter.id} in ${options.language}: ${result.code}`);
    edition = result.edition;
  }
  registerFonts();
  const tIn = await translators(edition);
  const t = tIn(edition.locale);
  const orgTypeLabel = await orgTypeLabels(edition.locale);
  const rows: Row[] = [];
  for await (const s of approvedSignatories(letter.id)) {
    rows.push({ name: s.name, country: countryName(s.country, edition.locale), type: options.includeType ? orgTypeLabel(s.orgType) : "" });
  }
  const props: Props = { edition, slug: letter.slug, rows, options, date, t, tIn };
  const letterPages = countPages(await renderToBuffer(<Document><LetterPages edition={edition} slug={letter.slug} date={date} t={t} tIn={tIn} /></Document>));
  const total = letterPages + signatoryPageCount(rows, options, edition.locale);
  const pdf = await renderToBuffer(<LetterDocument {...props} numbering={{ letterPages, total }} />);
  if (countPages(pdf) === total) return pdf;
  return renderToBuffer(<LetterDocument {...props} />);
}
