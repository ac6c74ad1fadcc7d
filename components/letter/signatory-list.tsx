import { LocalLink } from "@/components/ui/local-link";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/countries";
import type { ListedSignatory, TierSection } from "@/lib/signatures/queries";
import { showsTiers, type TierCount } from "@/lib/signatures/tier-order";

type Props = {
  /** The page's rows, by tier (one section when the letter has one tier). */
  sections: TierSection[];
  /** Every tier of the letter with its count: headings are shown only when one is not plain signatories. */
  tiers: TierCount[];
  total: number;
  page: number;
  pageSize: number;
  basePath: string;
};

function Rows({ signatories, first, ...label }: { signatories: ListedSignatory[]; first: number } & ({ "aria-label": string } | { "aria-labelledby": string })) {
  const locale = useLocale();
  return (
    <ol className="signatories" start={first} {...label}>
      {signatories.map((s) => (
        <li key={s.id}>
          <bdi className="signatory-name">{s.name}</bdi>
          <span className="signatory-country">{countryName(s.country, locale)}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The approved signatories, one page at a time, organisation and country (named in the page's
 * language) only. When a letter has initial signatories or endorsements, each tier on the page
 * comes under its own heading with its own count, numbered within the tier; a letter of plain
 * signatories shows one list, as before tiers existed.
 */
export function SignatoryList({ sections, tiers, total, page, pageSize, basePath }: Props) {
  const t = useTranslations("letters");
  const tt = useTranslations("tiers");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return <p className="muted">{t("noSignatoriesYet")}</p>;
  return (
    <>
      {showsTiers(tiers) ? (
        sections.map((s) => (
          <section key={s.tier} className="signatory-tier" data-tier={s.tier} aria-labelledby={`tier-${s.tier}`}>
            <h3 id={`tier-${s.tier}`}>{tt("withCount", { tier: tt(`headings.${s.tier}`), count: s.count })}</h3>
            <Rows signatories={s.signatories} first={s.first} aria-labelledby={`tier-${s.tier}`} />
          </section>
        ))
      ) : (
        <Rows signatories={sections.flatMap((s) => s.signatories)} first={(page - 1) * pageSize + 1} aria-label={t("signatoriesListLabel")} />
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={t("paginationLabel")}>
          {page > 1 && (
            <LocalLink href={`${basePath}?page=${page - 1}#signatories`} rel="prev">
              {t("previousPage")}
            </LocalLink>
          )}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages && (
            <LocalLink href={`${basePath}?page=${page + 1}#signatories`} rel="next">
              {t("nextPage")}
            </LocalLink>
          )}
        </nav>
      )}
    </>
  );
}
