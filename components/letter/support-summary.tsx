import { useFormatter, useTranslations } from "next-intl";
import type { Breadth } from "@/lib/signatures/breadth";

/**
 * The breadth of a letter's support at a glance: "N organisations from M countries", then two small
 * tables (by ITU-D region, by stakeholder group) of the groups that have signatories. Rendered on
 * the server; tables, so screen readers read each count with its label.
 */
export function SupportSummary({ breadth }: { breadth: Breadth }) {
  const t = useTranslations("breadth");
  const people = useTranslations("individuals.lists");
  const types = useTranslations("orgTypes");
  const format = useFormatter();
  if (breadth.total === 0 && breadth.individuals.total === 0) return null;
  const table = (caption: string, header: string, rows: { label: string; count: number }[]) => (
    <table className="breadth-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col">{t("countHeader")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.filter((r) => r.count > 0).map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>{format.number(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="breadth" data-breadth>
      {breadth.total > 0 && <p className="breadth-summary">{t("summary", { count: breadth.total, countries: breadth.countries })}</p>}
      {/* Individuals are counted apart; the tables are the organisations'. */}
      {breadth.individuals.total > 0 && (
        <p className="breadth-summary" data-breadth-individuals>
          {people("summary", { count: breadth.individuals.total, countries: breadth.individuals.countries })}
        </p>
      )}
      {breadth.total > 0 && (
        <div className="breadth-tables">
          {table(t("byRegion"), t("regionHeader"), breadth.regions.map((r) => ({ label: t(`regions.${r.region}`), count: r.count })))}
          {table(t("byGroup"), t("groupHeader"), breadth.groups.map((g) => ({ label: types(g.group), count: g.count })))}
        </div>
      )}
    </div>
  );
}
