import "server-only";
import { Document, Page, Text, View } from "@react-pdf/renderer";
import { publicLetterUrl } from "@/lib/export/json";
import type { ExportTranslator } from "@/lib/export/labels";
import { MarkdownBody } from "@/lib/export/markdown";

import { countryHeadingHeight, paginate, rowHeight, type Item, type Row } from "@/lib/export/pdf-pages";
import { styles } from "@/lib/export/pdf-styles";
import type { ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";

/**
 * Page numbers known before layout: the letter's own pages were counted in a first, small render,
 * and the signatory pages are split here. Static numbers spare react-pdf a second layout of every
 * page (a third of the time for 10,000 rows). Without them the footer asks react-pdf for the count.
 */
export type Numbering = { letterPages: number; total: number };

export type Props = {
  letter: Pick<ExportLetter, "title" | "addressee" | "body" | "slug">;
  rows: Row[];
  options: PdfOptions;
  date: Date;
  t: ExportTranslator;
  numbering?: Numbering;
};

const formatDate = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(d);

/** Alphabetical rows, or a heading per country (ordered by English name) over its alphabetical rows. */
function listItems(rows: Row[], order: PdfOptions["order"]): Item[] {
  if (order === "alphabetical") return rows.map((row) => ({ kind: "row", row }));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.country);
    if (list) list.push(row);
    else groups.set(row.country, [row]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, "en"))
    .flatMap(([country, list]): Item[] => [
      { kind: "country", label: `${country} (${list.length})` },
      ...list.map((row): Item => ({ kind: "row", row })),
    ]);
}

// Each row is a flat View of two or three Texts: light enough for 10,000 rows in one document.
function SignatoryRow({ row, showCountry, showType }: { row: Row; showCountry: boolean; showType: boolean }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.name}>{row.name}</Text>
      {showCountry ? <Text style={styles.country}>{row.country}</Text> : null}
      {showType ? <Text style={styles.type}>{row.type}</Text> : null}
    </View>
  );
}

type FooterProps = { url: string; t: ExportTranslator; page?: number; total?: number };

function Footer({ url, t, page, total }: FooterProps) {
  const number =
    page !== undefined && total !== undefined ? (
      <Text style={styles.pageNumber}>{t("pdf.page", { page, total })}</Text>
    ) : (
      <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => t("pdf.page", { page: pageNumber, total: total ?? totalPages })} />
    );
  return (
    <View style={styles.footer} fixed>
      <Text>{t("pdf.footer", { url })}</Text>
      {number}
    </View>
  );
}

function SignatoryPages({ rows, options, t, url, numbering }: Omit<Props, "letter" | "date"> & { url: string }) {
  const footer = (p: number) => <Footer url={url} t={t} page={numbering && numbering.letterPages + p + 1} total={numbering?.total} />;
  const heading = <Text style={styles.signatoriesHeading}>{t("pdf.signatories", { count: rows.length })}</Text>;
  if (rows.length === 0) {
    return (
      <Page size="A4" style={styles.page}>
        {footer(0)}
        {heading}
        <Text style={styles.empty}>{t("pdf.noSignatories")}</Text>
      </Page>
    );
  }
  const showCountry = options.order === "alphabetical";
  const height = (item: Item) => (item.kind === "country" ? countryHeadingHeight : rowHeight(item.row, showCountry, options.includeType));
  return paginate(listItems(rows, options.order), height).map((items, p) => (
    <Page key={p} size="A4" style={styles.page}>
      {footer(p)}
      {p === 0 ? heading : null}
      {items.map((item, i) =>
        item.kind === "country" ? (
          <Text key={i} style={styles.countryHeading}>{item.label}</Text>
        ) : (
          <SignatoryRow key={i} row={item.row} showCountry={showCountry} showType={options.includeType} />
        ),
      )}
    </Page>
  ));
}

/** The letter's text; it may run over several pages, numbered by react-pdf. */
export function LetterPages({ letter, date, t, total }: Pick<Props, "letter" | "date" | "t"> & { total?: number }) {
  const to = t("pdf.to", { addressee: letter.addressee });
  return (
    <Page size="A4" style={styles.page}>
      <Footer url={publicLetterUrl(letter.slug)} t={t} total={total} />
      <View style={styles.letterHead}>
        <Text style={styles.addressee}>{to}</Text>
        <Text style={styles.date}>{formatDate(date)}</Text>
      </View>
      <Text style={styles.title}>{letter.title}</Text>
      <MarkdownBody source={letter.body} />
    </Page>
  );
}

export function signatoryPageCount(rows: Row[], options: PdfOptions): number {
  if (rows.length === 0) return 1;
  const showCountry = options.order === "alphabetical";
  const height = (item: Item) => (item.kind === "country" ? countryHeadingHeight : rowHeight(item.row, showCountry, options.includeType));
  return paginate(listItems(rows, options.order), height).length;
}

/** The letter on its own page(s), then the signatories from a new page. */
export function LetterDocument({ letter, rows, options, date, t, numbering }: Props) {
  return (
    <Document title={letter.title} subject={t("pdf.to", { addressee: letter.addressee })} creator="Undersigned" producer="Undersigned" language="en">
      <LetterPages letter={letter} date={date} t={t} total={numbering?.total} />
      <SignatoryPages rows={rows} options={options} t={t} url={publicLetterUrl(letter.slug)} numbering={numbering} />
    </Document>
  );
}
