import { getTranslations } from "next-intl/server";
import { ALL_LANGUAGES } from "@/lib/export/schema";
import type { PdfLanguageChoices } from "@/lib/export/pdf-edition";
import { localeNames } from "@/lib/i18n/locales";

type Props = { action: string; choices: PdfLanguageChoices };

/**
 * The PDF for the addressee, as a plain GET form: the choices become the PDF route's query, with or
 * without JavaScript. Languages offered: the authoritative one (the default), each with a current
 * translation, and the authoritative text followed by those translations.
 */
export async function PdfExportForm({ action, choices }: Props) {
  const t = await getTranslations("coordinator.overview");
  const e = await getTranslations("export.form");
  const r = await getTranslations("atRisk.pdf");
  const { authoritative, translations } = choices;
  return (
    <form method="get" action={action} className="export-form">
      <div className="field">
        <label htmlFor="pdf-language">{e("language")}</label>
        <select id="pdf-language" name="language" defaultValue={authoritative} aria-describedby="pdf-language-hint">
          <option value={authoritative}>{e("authoritative", { language: localeNames[authoritative] })}</option>
          {translations.map((locale) => (
            <option key={locale} value={locale} lang={locale}>{e("translation", { language: localeNames[locale] })}</option>
          ))}
          {translations.length > 0 && <option value={ALL_LANGUAGES}>{e("all", { language: localeNames[authoritative] })}</option>}
        </select>
        <small id="pdf-language-hint" className="hint">{e("languageHint")}</small>
      </div>
      <div className="field">
        <label htmlFor="pdf-order">{t("pdfOrder")}</label>
        <select id="pdf-order" name="order" defaultValue="alphabetical">
          <option value="alphabetical">{t("pdfAlphabetical")}</option>
          <option value="country">{t("pdfCountry")}</option>
        </select>
      </div>
      <div className="checkbox">
        <input id="pdf-type" type="checkbox" name="includeType" value="1" />
        <label htmlFor="pdf-type">{t("pdfIncludeType")}</label>
      </div>
      {/* Signers at risk (lib/signatures/at-risk.ts): unnamed unless ticked, and only in this download. */}
      <div className="field">
        <div className="checkbox">
          <input id="pdf-nameAtRisk" type="checkbox" name="nameAtRisk" value="1" aria-describedby="pdf-nameAtRisk-hint" />
          <label htmlFor="pdf-nameAtRisk">{r("nameAtRisk")}</label>
        </div>
        <small id="pdf-nameAtRisk-hint" className="hint">{r("nameAtRiskHint")}</small>
      </div>
      <button type="submit" className="button">{t("pdfDownload")}</button>
    </form>
  );
}
