import "server-only";
import { Document, renderToBuffer } from "@react-pdf/renderer";
import { registerFonts } from "@/lib/export/fonts";
import { countryName, exportTranslator, orgTypeLabels } from "@/lib/export/labels";
import { LetterDocument, LetterPages, signatoryPageCount, type Props } from "@/lib/export/pdf-document";
import type { Row } from "@/lib/export/pdf-pages";
import { approvedSignatories, type ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";

/** Pages in a PDF that pdfkit wrote: one `/Type /Page` object each (`/Pages` is the tree). */
export const countPages = (pdf: Buffer): number => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

/**
 * The coordinators' PDF of a letter and its approved signatories, as the route and the tests produce it.
 * Page numbers are computed up front (see Numbering); if a signatory page overflowed after all,
 * the count is off and the document is laid out again with react-pdf's own numbering.
 */
export async function renderLetterPdf(letter: ExportLetter, options: PdfOptions, date = new Date()): Promise<Buffer> {
  registerFonts();
  const t = await exportTranslator();
  const orgTypeLabel = await orgTypeLabels();
  const rows: Row[] = [];
  for await (const s of approvedSignatories(letter.id)) {
    rows.push({ name: s.name, country: countryName(s.country), type: options.includeType ? orgTypeLabel(s.orgType) : "" });
  }
  const props: Props = { letter, rows, options, date, t };
  const letterPages = countPages(await renderToBuffer(<Document><LetterPages letter={letter} date={date} t={t} /></Document>));
  const total = letterPages + signatoryPageCount(rows, options);
  const pdf = await renderToBuffer(<LetterDocument {...props} numbering={{ letterPages, total }} />);
  if (countPages(pdf) === total) return pdf;
  return renderToBuffer(<LetterDocument {...props} />);
}
