/**
 * Splits the signatory list into printed pages before react-pdf sees it.
 * react-pdf lays out what is left of a page's content again at every page break, so one
 * 10,000-row page takes many minutes; pages of about forty rows each lay out in seconds.
 * Heights are estimated from text length (generously, so a page rarely overflows; when one
 * does, react-pdf still breaks it correctly, with one short page).
 */
export type Row = { name: string; country: string; type: string };
export type Item = { kind: "country"; label: string } | { kind: "row"; row: Row };

// Points, matching pdf-styles.ts: A4 height minus the page's top and bottom padding.
const PAGE_HEIGHT = 842 - 56 - 64;
const FIRST_PAGE_HEADING = 48;
// The row of column heads at the top of every page of the list.
const COLUMN_HEAD = 20;
const COUNTRY_HEADING = 30;
const ROW_PADDING = 5.5;
const LINE = 12.5;
// Usable widths of the columns in average 9.5pt characters (about 5 pt each, with a margin).
const WIDTH = {
  withCountry: { name: 40, country: 24, type: 19 },
  nameOnly: { name: 70, country: 0, type: 19 },
};

/** Wide scripts (Chinese, Japanese, Korean) take about two Latin characters each. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return width;
}

const lines = (text: string, width: number) => (width > 0 && text ? Math.max(1, Math.ceil(textWidth(text) / width)) : 1);

export function rowHeight(row: Row, showCountry: boolean, showType: boolean): number {
  const w = showCountry ? WIDTH.withCountry : WIDTH.nameOnly;
  const nameWidth = showType ? w.name : w.name + w.type;
  const n = Math.max(lines(row.name, nameWidth), showCountry ? lines(row.country, w.country) : 1, showType ? lines(row.type, w.type) : 1);
  return ROW_PADDING + LINE * n;
}

/** Consecutive items per page; a country heading is never left alone at the foot of a page. */
export function paginate(items: Item[], height: (item: Item) => number): Item[][] {
  const pages: Item[][] = [];
  let page: Item[] = [];
  let used = FIRST_PAGE_HEADING + COLUMN_HEAD;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const next = items[i + 1];
    const needed = height(item) + (item.kind === "country" && next ? height(next) : 0);
    if (page.length > 0 && used + needed > PAGE_HEIGHT) {
      pages.push(page);
      page = [];
      used = COLUMN_HEAD;
    }
    page.push(item);
    used += height(item);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export const countryHeadingHeight = COUNTRY_HEADING;
