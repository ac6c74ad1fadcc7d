import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import { SIGNATURE_STATUSES } from "@/lib/signatures/status";
import type { ReviewFilter } from "@/lib/moderation/schema";

type Props = {
  base: string;
  filter: ReviewFilter;
  counts: Record<string, number>;
  countries: { code: string; name: string }[];
};

/** Status counts as links, and a GET form for the other filters: plain URLs, no JavaScript needed. */
export async function ReviewFilters({ base, filter, counts, countries }: Props) {
  const t = await getTranslations("coordinator");
  const format = await getFormatter();
  const orgTypes = await getTranslations("orgTypes");
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const statusHref = (s: string) => {
    const p = new URLSearchParams();
    p.set("status", s);
    if (filter.country) p.set("country", filter.country);
    if (filter.orgType) p.set("orgType", filter.orgType);
    if (filter.q) p.set("q", filter.q);
    return `${base}?${p}`;
  };
  return (
    <>
      <ul className="counts" aria-label={t("moderation.status")}>
        {[...SIGNATURE_STATUSES, "all" as const].map((s) => (
          <li key={s}>
            <Link href={statusHref(s)} aria-current={filter.status === s ? "true" : undefined}>
              {t(`signatureStatus.${s}`)} ({format.number(s === "all" ? total : (counts[s] ?? 0))})
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" action={base} className="filters" role="search">
        <input type="hidden" name="status" value={filter.status} />
        <div className="field">
          <label htmlFor="q">{t("moderation.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="country">{t("moderation.country")}</label>
          <select id="country" name="country" defaultValue={filter.country ?? ""}>
            <option value="">{t("moderation.anyCountry")}</option>
            {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="orgType">{t("moderation.orgType")}</label>
          <select id="orgType" name="orgType" defaultValue={filter.orgType ?? ""}>
            <option value="">{t("moderation.anyOrgType")}</option>
            {ORG_TYPES.map((o) => <option key={o} value={o}>{orgTypes(o)}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--secondary">{t("moderation.apply")}</button>
      </form>
    </>
  );
}
