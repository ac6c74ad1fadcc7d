import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { registerFonts } from "@/lib/export/fonts";
import { publicLetterUrl } from "@/lib/export/json";
import { countryName, exportTranslator, orgTypeLabel, type ExportTranslator } from "@/lib/export/labels";
import { MarkdownBody } from "@/lib/export/markdown";

import { countryHeadingHeight, paginate, rowHeight, type Item, type Row } from "@/lib/export/pdf-pages";
import { styles } from "@/lib/export/pdf-styles";
import { approvedSignatories, type ExportLetter } from "@/lib/export/queries";
import type { PdfOptions } from "@/lib/export/schema";

type Props = {
  letter: Pick<ExportLetter, "title" | "addressee" | "body" | "slug">;
  rows: Row[];
  options: PdfOptions;
  date: Date;
  t: ExportTranslator;
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

function Footer({ url, t }: { url: string; t: ExportTranslator }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{t("pdf.footer", { url })}</Text>
      <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => t("pdf.page", { page: pageNumber, total: totalPages })} />
    </View>
  );
}

function SignatoryPages({ rows, options, t, url }: Pick<Props, "rows" | "options" | "t"> & { url: string }) {
  const heading = <Text style={styles.signatoriesHeading}>{t("pdf.signatories", { count: rows.length })}</Text>;
  if (rows.length === 0) {
    return (
      <Page size="A4" style={styles.page}>
        <Footer url={url} t={t} />
        {heading}
        <Text style={styles.empty}>{t("pdf.noSignatories")}</Text>
      </Page>
    );
  }
  const showCountry = options.order === "alphabetical";
  const height = (item: Item) => (item.kind === "country" ? countryHeadingHeight : rowHeight(item.row, showCountry, options.includeType));
  return paginate(listItems(rows, options.order), height).map((items, p) => (
    <Page key={p} size="A4" style={styles.page}>
      <Footer url={url} t={t} />
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

/** The letter on its own page(s), then the signatories from a new page. */
export function LetterDocument({ letter, rows, options, date, t }: Props) {
  const url = publicLetterUrl(letter.slug);
  const to = t("pdf.to", { addressee: letter.addressee });
  return (
    <Document title={letter.title} subject={to} creator="Undersigned" producer="Undersigned" language="en">
      <Page size="A4" style={styles.page}>
        <Footer url={url} t={t} />
        <View style={styles.letterHead}>
          <Text style={styles.addressee}>{to}</Text>
          <Text style={styles.date}>{formatDate(date)}</Text>
        </View>
        <Text style={styles.title}>{letter.title}</Text>
        <MarkdownBody source={letter.body} />
      </Page>
      <SignatoryPages rows={rows} options={options} t={t} url={url} />
    </Document>
  );
}

/** The coordinators' PDF of a letter and its approved signatories, as the route and the tests produce it. */
export async function renderLetterPdf(letter: ExportLetter, options: PdfOptions, date = new Date()): Promise<Buffer> {
  registerFonts();
  const t = await exportTranslator();
  const rows: Row[] = [];
  for await (const s of approvedSignatories(letter.id)) {
    rows.push({ name: s.name, country: countryName(s.country), type: options.includeType ? orgTypeLabel(t, s.orgType) : "" });
  }
  return renderToBuffer(<LetterDocument letter={letter} rows={rows} options={options} date={date} t={t} />);
}
