import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/countries";
import { isOrgType } from "@/lib/signatures/org-types";
import type { TokenSignature } from "@/lib/signatures/queries";

/** The signature behind a confirm or withdraw link, so the person sees what they act on. */
export function TokenSignatureSummary({ signature }: { signature: TokenSignature }) {
  const t = useTranslations("signing");
  const orgTypes = useTranslations("orgTypes");
  const locale = useLocale();
  return (
    <dl className="letter-meta card">
      <div>
        <dt>{t("summary.letter")}</dt>
        <dd>{signature.letter.title}</dd>
      </div>
      <div>
        <dt>{t("fields.orgName")}</dt>
        <dd>{signature.orgName}</dd>
      </div>
      <div>
        <dt>{t("fields.country")}</dt>
        <dd>{countryName(signature.country, locale)}</dd>
      </div>
      <div>
        <dt>{t("fields.orgType")}</dt>
        <dd>{isOrgType(signature.orgType) ? orgTypes(signature.orgType) : signature.orgType}</dd>
      </div>
      {signature.website && (
        <div>
          <dt>{t("summary.website")}</dt>
          <dd>{signature.website}</dd>
        </div>
      )}
    </dl>
  );
}
