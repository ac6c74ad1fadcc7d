import { LocalLink } from "@/components/ui/local-link";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/countries";
import type { ListedSignatory } from "@/lib/signatures/queries";

type Props = {
  signatories: ListedSignatory[];
  total: number;
  page: number;
  pageSize: number;
  basePath: string;
};

/** The approved signatories, one page at a time. Organisation and country (named in the page's language) only. */
export function SignatoryList({ signatories, total, page, pageSize, basePath }: Props) {
  const t = useTranslations("letters");
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return <p className="muted">{t("noSignatoriesYet")}</p>;
  const first = (page - 1) * pageSize + 1;
  return (
    <>
      <ol className="signatories" start={first} aria-label={t("signatoriesListLabel")}>
        {signatories.map((s) => (
          <li key={s.id}>
            <bdi className="signatory-name">{s.name}</bdi>
            <span className="signatory-country">{countryName(s.country, locale)}</span>
          </li>
        ))}
      </ol>
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
