import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/countries";
import { isOrgType } from "@/lib/signatures/org-types";
import type { TokenSignature } from "@/lib/signatures/queries";

/** The signature behind a confirm or withdraw link, so the person sees what they act on. */
export function TokenSignatureSummary({ signature }: { signature: TokenSignature }) {
  const t = useTranslations("signing");
  const orgTypes = useTranslations("orgTypes");
  const people = useTranslations("individuals");
  const locale = useLocale();
  // A person signed in their own name: their name and affiliation, no organisation type.
  const person = signature.kind === "individual";
  return (
    <dl className="letter-meta card">
      <div>
        <dt>{t("summary.letter")}</dt>
        <dd>{signature.letter.title}</dd>
      </div>
      <div>
        <dt>{person ? people("form.name") : t("fields.orgName")}</dt>
        <dd>{signature.orgName}</dd>
      </div>
      <div>
        <dt>{t("fields.country")}</dt>
        <dd>{countryName(signature.country, locale)}</dd>
      </div>
      {person && signature.affiliation && (
        <div>
          <dt>{people("form.affiliation")}</dt>
          <dd><bdi>{signature.affiliation}</bdi> ({people("lists.identification")})</dd>
        </div>
      )}
      {!person && (
        <div>
          <dt>{t("fields.orgType")}</dt>
          <dd>{isOrgType(signature.orgType) ? orgTypes(signature.orgType) : signature.orgType}</dd>
        </div>
      )}
      {signature.website && (
        <div>
          <dt>{t("summary.website")}</dt>
          <dd>{signature.website}</dd>
        </div>
      )}
    </dl>
  );
}
