import "server-only";
import { Document, Page, Text, View, type Styles } from "@react-pdf/renderer";
import { publicLetterUrl } from "@/lib/export/json";
import { formatDate, languageName, type ExportTranslator } from "@/lib/export/labels";
import { MarkdownBody } from "@/lib/export/markdown";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { countryHeadingHeight, paginate, rowHeight, type Item, type Row } from "@/lib/export/pdf-pages";
import type { PdfEdition } from "@/lib/export/pdf-edition";
import { rtl as rtlStyles, styles } from "@/lib/export/pdf-styles";
import type { PdfOptions } from "@/lib/export/schema";

/**
 * Page numbers known before layout: the letter's own pages were counted in a first, small render,
 * and the signatory pages are split here. Static numbers spare react-pdf a second layout of every
 * page (a third of the time for 10,000 rows). Without them the footer asks react-pdf for the count.
 */
export type Numbering = { letterPages: number; total: number };

export type Props = {
  edition: PdfEdition;
  slug: string;
  rows: Row[];
  options: PdfOptions;
  date: Date;
  /** The strings in the edition's language, and in each section's (an appended translation's heading). */
  t: ExportTranslator;
  tIn: (locale: Locale) => ExportTranslator;
  numbering?: Numbering;
};

const isRtl = (locale: Locale) => directionOf(locale) === "rtl";
/** A text's style, right to left when `rtl`. */
const dir = (rtl: boolean, ...style: Style[]): Style[] => (rtl ? [...style, rtlStyles.text] : style);
type Style = Styles[string];

/** Alphabetical rows, or a heading per country (ordered by its name in `locale`) over its alphabetical rows. */
function listItems(rows: Row[], order: PdfOptions["order"], locale: Locale): Item[] {
  if (order === "alphabetical") return rows.map((row) => ({ kind: "row", row }));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.country);
    if (list) list.push(row);
    else groups.set(row.country, [row]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, locale))
    .flatMap(([country, list]): Item[] => [
      { kind: "country", label: `${country} (${list.length})` },
      ...list.map((row): Item => ({ kind: "row", row })),
    ]);
}

type Cells = { name: Style[]; country: Style[]; type: Style[]; row: Style[] };
type Columns = { showCountry: boolean; showType: boolean; cells: Cells };

/** Cell styles, built once per list rather than once per row (10,000 rows). */
function cellStyles(rtl: boolean): Cells {
  const cell = (style: Style, last = false) => dir(rtl, style, ...(rtl && !last ? [rtlStyles.cell] : []));
  return { name: cell(styles.name), country: cell(styles.country), type: cell(styles.type, true), row: rtl ? [styles.row, rtlStyles.row] : [styles.row] };
}

// Each row is a flat View of two or three Texts: light enough for 10,000 rows in one document.
// Right to left, the columns run from the right: name, country, type.
function SignatoryRow({ row, showCountry, showType, cells, head = false }: Columns & { row: Row; head?: boolean }) {
  return (
    <View style={head ? [...cells.row, styles.columnHead] : cells.row} wrap={false}>
      <Text style={cells.name}>{row.name}</Text>
      {showCountry ? <Text style={cells.country}>{row.country}</Text> : null}
      {showType ? <Text style={cells.type}>{row.type}</Text> : null}
    </View>
  );
}

type FooterProps = { url: string; t: ExportTranslator; rtl: boolean; page?: number; total?: number };

function Footer({ url, t, rtl, page, total }: FooterProps) {
  const style = dir(rtl, styles.pageNumber, ...(rtl ? [rtlStyles.pageNumber] : []));
  const number =
    page !== undefined && total !== undefined ? (
      <Text style={style}>{t("pdf.page", { page, total })}</Text>
    ) : (
      <Text style={style} render={({ pageNumber, totalPages }) => t("pdf.page", { page: pageNumber, total: total ?? totalPages })} />
    );
  return (
    <View style={rtl ? [styles.footer, rtlStyles.row] : styles.footer} fixed>
      <Text style={dir(rtl)}>{t("pdf.footer", { url })}</Text>
      {number}
    </View>
  );
}

type ListProps = Pick<Props, "rows" | "options" | "t" | "numbering"> & { url: string; locale: Locale };

function SignatoryPages({ rows, options, t, url, numbering, locale }: ListProps) {
  const rtl = isRtl(locale);
  const footer = (p: number) => <Footer url={url} t={t} rtl={rtl} page={numbering && numbering.letterPages + p + 1} total={numbering?.total} />;
  const heading = <Text style={dir(rtl, styles.signatoriesHeading)}>{t("pdf.signatories", { count: rows.length })}</Text>;
  if (rows.length === 0) {
    return (
      <Page size="A4" style={styles.page}>
        {footer(0)}
        {heading}
        <Text style={dir(rtl, styles.empty)}>{t("pdf.noSignatories")}</Text>
      </Page>
    );
  }
  const columns: Columns = { showCountry: options.order === "alphabetical", showType: options.includeType, cells: cellStyles(rtl) };
  const head: Row = { name: t("pdf.columns.name"), country: t("pdf.columns.country"), type: t("pdf.columns.type") };
  const height = (item: Item) => (item.kind === "country" ? countryHeadingHeight : rowHeight(item.row, columns.showCountry, options.includeType));
  return paginate(listItems(rows, options.order, locale), height).map((items, p) => (
    <Page key={p} size="A4" style={styles.page}>
      {footer(p)}
      {p === 0 ? heading : null}
      <SignatoryRow row={head} head {...columns} />
      {items.map((item, i) =>
        item.kind === "country" ? (
          <Text key={i} style={dir(rtl, styles.countryHeading)}>{item.label}</Text>
        ) : (
          <SignatoryRow key={i} row={item.row} {...columns} />
        ),
      )}
    </Page>
  ));
}

type TextProps = Pick<Props, "edition" | "slug" | "date" | "t" | "tIn"> & { total?: number };

/**
 * The letter's text, then (language=all) each current translation from a new page, under a heading
 * naming its language in that language and a line saying the authoritative text prevails. Each text
 * runs in its own direction; the footer speaks the edition's language. Pages are numbered by react-pdf.
 */
export function LetterPages({ edition, slug, date, t, tIn, total }: TextProps) {
  const url = publicLetterUrl(slug);
  return edition.sections.map((section, i) => {
    const ts = tIn(section.locale);
    const rtl = isRtl(section.locale);
    const prevails = section.kind === "translation" ? (
      <Text style={dir(rtl, styles.prevails)}>{ts("pdf.prevails", { language: languageName(edition.authoritative, section.locale) })}</Text>
    ) : null;
    return (
      <Page key={section.locale} size="A4" style={styles.page}>
        <Footer url={url} t={t} rtl={isRtl(edition.locale)} total={total} />
        {i > 0 ? (
          <Text style={dir(rtl, styles.translationHeading)}>{ts("pdf.translationHeading", { language: languageName(section.locale, section.locale) })}</Text>
        ) : null}
        {i > 0 ? prevails : null}
        <View style={rtl ? [styles.letterHead, rtlStyles.row] : styles.letterHead}>
          <Text style={dir(rtl, styles.addressee)}>{ts("pdf.to", { addressee: section.addressee })}</Text>
          {i === 0 ? <Text style={dir(rtl, styles.date)}>{formatDate(date, edition.locale)}</Text> : null}
        </View>
        {i === 0 ? prevails : null}
        <Text style={dir(rtl, styles.title)}>{section.title}</Text>
        <MarkdownBody source={section.body} rtl={rtl} />
      </Page>
    );
  });
}

export function signatoryPageCount(rows: Row[], options: PdfOptions, locale: Locale): number {
  if (rows.length === 0) return 1;
  const showCountry = options.order === "alphabetical";
  const height = (item: Item) => (item.kind === "country" ? countryHeadingHeight : rowHeight(item.row, showCountry, options.includeType));
  return paginate(listItems(rows, options.order, locale), height).length;
}

/** The letter on its own page(s), then the signatories from a new page. */
export function LetterDocument({ edition, slug, rows, options, date, t, tIn, numbering }: Props) {
  const [first] = edition.sections;
  return (
    <Document title={first.title} subject={t("pdf.to", { addressee: first.addressee })} creator="Undersigned" producer="Undersigned" language={edition.locale}>
      <LetterPages edition={edition} slug={slug} date={date} t={t} tIn={tIn} total={numbering?.total} />
      <SignatoryPages rows={rows} options={options} t={t} url={publicLetterUrl(slug)} numbering={numbering} locale={edition.locale} />
    </Document>
  );
}
