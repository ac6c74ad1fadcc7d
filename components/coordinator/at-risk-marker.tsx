import { getTranslations } from "next-intl/server";

/**
 * "Not named in public" (and "Country not shown in public") beside a signer at risk in the
 * workspace (lib/signatures/at-risk.ts): coordinators see the real name, and know the public does not.
 */
export async function AtRiskMarker({ hideName, hideCountry }: { hideName?: boolean; hideCountry?: boolean }) {
  if (!hideName) return null;
  const t = await getTranslations("atRisk.coordinator");
  return (
    <div data-at-risk>
      <span className="not-public">{t("marker")}</span>
      {hideCountry && <> <span className="not-public">{t("countryMarker")}</span></>}
    </div>
  );
}
