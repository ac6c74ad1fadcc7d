import "server-only";
import { orgTypeLabels } from "@/lib/export/labels";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { supportBreadth } from "@/lib/signatures/breadth";

/** One small table of the summary: its caption, its two column heads, and the groups that have signatories. */
type SummaryTable = { caption: string; heads: [string, string]; rows: [string, string][] };

/** What the PDF's first page prints of the breadth of support; null when nobody has signed yet. */
export type PdfSummary = { line: string; tables: SummaryTable[] } | null;

/**
 * The same summary as the letter's public page (components/letter/support-summary.tsx), in the
 * PDF's language: "N organisations from M countries" (and the individuals apart, "K individuals from
 * L countries"), then the organisations' counts by ITU-D region and by
 * stakeholder group, in the words of messages/<locale>/breadth.json, numbers written as the
 * language writes them. Counted from the approved signatures (lib/signatures/breadth.ts).
 */
export async function pdfSummary(letterId: string, locale: Locale): Promise<PdfSummary> {
  const breadth = await supportBreadth(letterId);
  if (breadth.total === 0 && breadth.individuals.total === 0) return null;
  const [t, people, orgType] = await Promise.all([translatorFor("breadth", locale), translatorFor("individuals", locale), orgTypeLabels(locale)]);
  const number = new Intl.NumberFormat(locale);
  const table = (caption: string, head: string, rows: { label: string; count: number }[]): SummaryTable => ({
    caption,
    heads: [head, t("countHeader")],
    rows: rows.filter((r) => r.count > 0).map((r) => [r.label, number.format(r.count)]),
  });
  // Individuals are counted apart, as on the page; the tables are the organisations'.
  const lines = [
    ...(breadth.total > 0 ? [t("summary", { count: breadth.total, countries: breadth.countries })] : []),
    ...(breadth.individuals.total > 0 ? [people("lists.summary", { count: breadth.individuals.total, countries: breadth.individuals.countries })] : []),
  ];
  return {
    line: lines.join(" · "),
    tables: breadth.total === 0 ? [] : [
      table(t("byRegion"), t("regionHeader"), breadth.regions.map((r) => ({ label: t(`regions.${r.region}`), count: r.count }))),
      table(t("byGroup"), t("groupHeader"), breadth.groups.map((g) => ({ label: orgType(g.group), count: g.count }))),
    ],
  };
}
