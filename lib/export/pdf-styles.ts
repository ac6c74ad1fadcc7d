import "server-only";
import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILIES } from "@/lib/export/fonts";

const ink = "#1a1a1a";
const muted = "#5b5b5b";
const rule = "#d0d0d0";
// Line heights in points, set on each text style: react-pdf 4.9 resolves a unitless line height
// against the wrong font size, and one set on the page hides the footer's page numbers.
const lineHeight = "15pt";

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILIES,
    fontSize: 10.5,
    color: ink,
    paddingTop: 56,
    paddingBottom: 64,
    paddingHorizontal: 60,
  },
  letterHead: { flexDirection: "row", justifyContent: "space-between", marginBottom: 28 },
  addressee: { fontWeight: 700, maxWidth: "70%", lineHeight },
  date: { color: muted, lineHeight },
  title: { fontSize: 18, fontWeight: 700, lineHeight: "23pt", marginBottom: 16 },
  h2: { fontSize: 13.5, fontWeight: 700, marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 11.5, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 8, textAlign: "justify", lineHeight },
  tightParagraph: { marginBottom: 0, lineHeight },
  em: { fontStyle: "italic" },
  strong: { fontWeight: 700 },
  code: { fontSize: 9.5, color: "#333333" },
  link: { color: "#1d4ed8", textDecoration: "underline" },
  muted: { color: muted },
  blockquote: { borderLeftWidth: 2, borderLeftColor: rule, paddingLeft: 10, marginBottom: 8, color: "#333333" },
  rule: { borderBottomWidth: 1, borderBottomColor: rule, marginVertical: 10 },
  list: { marginBottom: 8 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 16, lineHeight },
  listContent: { flex: 1 },
  translationHeading: { fontSize: 14, fontWeight: 700, marginBottom: 6, lineHeight: "19pt" },
  prevails: { color: muted, marginBottom: 16, lineHeight },
  signatoriesHeading: { fontSize: 14, fontWeight: 700, marginBottom: 12 },
  empty: { color: muted },
  countryHeading: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 3 },
  row: {
    flexDirection: "row",
    paddingVertical: 2.5,
    borderBottomWidth: 0.5,
    borderBottomColor: "#ececec",
    fontSize: 9.5,
    lineHeight: "12.5pt",
  },
  columnHead: { fontWeight: 700, borderBottomColor: rule, color: muted },
  name: { flex: 5, paddingRight: 8 },
  country: { flex: 3, paddingRight: 8, color: muted },
  type: { flex: 2.4, color: muted },
  footer: {
    position: "absolute",
    bottom: 28,
    left: 60,
    right: 60,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8.5,
    color: muted,
    borderTopWidth: 0.5,
    borderTopColor: rule,
    paddingTop: 6,
  },
  // Rendered per page after layout, so it needs a width of its own.
  pageNumber: { width: 100, textAlign: "right" },
});

/**
 * Right to left (Arabic): react-pdf orders the letters of each line itself, but neither direction
 * nor alignment is inherited, so every text gets them, and rows and footers run from the right.
 */
export const rtl = StyleSheet.create({
  text: { direction: "rtl", textAlign: "right" },
  row: { flexDirection: "row-reverse" },
  // Padding moves to the side that faces the next column.
  cell: { paddingRight: 0, paddingLeft: 8 },
  pageNumber: { textAlign: "left" },
  blockquote: { borderLeftWidth: 0, paddingLeft: 0, borderRightWidth: 2, borderRightColor: rule, paddingRight: 10 },
});
