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
  /** Where another page of this list is; `?page=N` unless given (individuals listed apart page with their own parameter). */
  pageHref?: (page: number) => string;
  /** Tier headings' level: h3, or h4 under a kind's heading. */
  tierHeading?: "h3" | "h4";
  /** The list's name for screen readers when it has no tier headings. */
  listLabel?: string;
};

function Rows({ signatories, first, ...label }: { signatories: ListedSignatory[]; first: number } & ({ "aria-label": string } | { "aria-labelledby": string })) {
  const locale = useLocale();
  return (
    <ol className="signatories" start={first} {...label}>
      {signatories.map((s) => (
        <li key={s.id} data-kind={s.kind}>
          <bdi className="signatory-name">{s.name}</bdi>
          {s.affiliation && <Affiliation affiliation={s.affiliation} />}
          <span className="signatory-country">{countryName(s.country, locale)}</span>
        </li>
      ))}
    </ol>
  );
}

/** An individual's affiliation, which is "for identification only": the organisation did not sign. */
function Affiliation({ affiliation }: { affiliation: string }) {
  const t = useTranslations("individuals.lists");
  return (
    <span className="signatory-affiliation">
      <bdi>{affiliation}</bdi> ({t("identification")})
    </span>
  );
}

/** Tier headings of an individuals' list need ids apart from the organisations' on the same page. */
const idSuffix = (s: TierSection) => (s.signatories[0]?.kind === "individual" ? "-individual" : "");

/**
 * The approved signatories, one page at a time, organisation and country (named in the page's
 * language) only. When a letter has initial signatories or endorsements, each tier on the page
 * comes under its own heading with its own count, numbered within the tier; a letter of plain
 * signatories shows one list, as before tiers existed.
 */
export function SignatoryList({ sections, tiers, total, page, pageSize, basePath, pageHref, tierHeading: Heading = "h3", listLabel }: Props) {
  const t = useTranslations("letters");
  const tt = useTranslations("tiers");
  const href = pageHref ?? ((n: number) => `${basePath}?page=${n}#signatories`);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return <p className="muted">{t("noSignatoriesYet")}</p>;
  return (
    <>
      {showsTiers(tiers) ? (
        sections.map((s) => (
          <section key={s.tier} className="signatory-tier" data-tier={s.tier} aria-labelledby={`tier-${s.tier}`}>
            <Heading id={`tier-${s.tier}${idSuffix(s)}`}>{tt("withCount", { tier: tt(`headings.${s.tier}`), count: s.count })}</Heading>
            <Rows signatories={s.signatories} first={s.first} aria-labelledby={`tier-${s.tier}${idSuffix(s)}`} />
          </section>
        ))
      ) : (
        <Rows signatories={sections.flatMap((s) => s.signatories)} first={(page - 1) * pageSize + 1} aria-label={listLabel ?? t("signatoriesListLabel")} />
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={t("paginationLabel")}>
          {page > 1 && (
            <LocalLink href={href(page - 1)} rel="prev">
              {t("previousPage")}
            </LocalLink>
          )}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages && (
            <LocalLink href={href(page + 1)} rel="next">
              {t("nextPage")}
            </LocalLink>
          )}
        </nav>
      )}
    </>
  );
}
