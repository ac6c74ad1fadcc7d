import { getTranslations } from "next-intl/server";
import { FieldFrame } from "@/components/ui/field-frame";
import { DELIVERY_METHODS, type DeliveryField } from "@/lib/deliveries/schema";
import type { FieldErrors } from "@/lib/errors";
import type { PdfLanguageChoices } from "@/lib/export/pdf-edition";
import { ALL_LANGUAGES } from "@/lib/export/schema";
import { localeNames } from "@/lib/i18n/locales";

type Props = {
  /** The page itself: the form is read back there, as its review step, before anything is written. */
  action: string;
  values: Record<string, string>;
  errors: FieldErrors<DeliveryField>;
  choices: PdfLanguageChoices;
  supplement: boolean;
};

/**
 * What happened (date, to whom, how, a reference, a note for coordinators), how the PDF is laid out
 * (as the export form has it), and whether the letter stays open for endorsements. A plain GET form
 * to the review step: it works without JavaScript, and nothing is written until the coordinator confirms.
 */
export async function DeliveryForm({ action, values, errors, choices, supplement }: Props) {
  const t = await getTranslations("delivery.form");
  const te = await getTranslations("errors");
  const tm = await getTranslations("delivery.methods");
  const o = await getTranslations("coordinator.overview");
  const e = await getTranslations("export.form");
  const r = await getTranslations("atRisk.delivery");
  const invalid = (field: DeliveryField) => (errors[field] ? true : undefined);
  const frame = (id: string, field: DeliveryField) => ({ id, error: errors[field], errorText: errors[field] ? te(errors[field]!) : undefined });
  const { authoritative, translations } = choices;
  return (
    <form method="get" action={action} className="stack" noValidate>
      <input type="hidden" name="review" value="1" />
      {Object.keys(errors).length > 0 && <p className="notice notice--error" role="alert">{t("errorSummary")}</p>}
      <FieldFrame {...frame("delivery-date", "deliveredOn")} label={t("deliveredOn")}>
        {(describedBy) => (
          <input id="delivery-date" name="deliveredOn" type="date" defaultValue={values.deliveredOn} required
            aria-describedby={describedBy} aria-invalid={invalid("deliveredOn")} />
        )}
      </FieldFrame>
      <FieldFrame {...frame("delivery-recipient", "recipient")} label={t("recipient")} hint={t("recipientHint")}>
        {(describedBy) => (
          <input id="delivery-recipient" name="recipient" type="text" defaultValue={values.recipient} required maxLength={300}
            aria-describedby={describedBy} aria-invalid={invalid("recipient")} />
        )}
      </FieldFrame>
      <fieldset className="field" aria-invalid={invalid("method")}>
        <legend>{t("method")}</legend>
        {errors.method && <p className="field-error">{te(errors.method)}</p>}
        {DELIVERY_METHODS.map((m) => (
          <div className="checkbox" key={m}>
            <input id={`delivery-method-${m}`} type="radio" name="method" value={m} defaultChecked={(values.method ?? "email") === m} />
            <label htmlFor={`delivery-method-${m}`}>{tm(m)}</label>
          </div>
        ))}
      </fieldset>
      <FieldFrame {...frame("delivery-reference", "reference")} label={t("reference")} hint={t("referenceHint")}>
        {(describedBy) => (
          <input id="delivery-reference" name="reference" type="text" defaultValue={values.reference} maxLength={300}
            aria-describedby={describedBy} aria-invalid={invalid("reference")} />
        )}
      </FieldFrame>
      <FieldFrame {...frame("delivery-note", "note")} label={t("note")} hint={t("noteHint")}>
        {(describedBy) => (
          <textarea id="delivery-note" name="note" rows={3} defaultValue={values.note} maxLength={500}
            aria-describedby={describedBy} aria-invalid={invalid("note")} />
        )}
      </FieldFrame>

      <fieldset className="stack">
        <legend>{t("pdfHeading")}</legend>
        <FieldFrame {...frame("pdf-language", "language")} label={e("language")} hint={e("languageHint")}>
          {(describedBy) => (
            <select id="pdf-language" name="language" defaultValue={values.language ?? authoritative} aria-describedby={describedBy} aria-invalid={invalid("language")}>
              <option value={authoritative}>{e("authoritative", { language: localeNames[authoritative] })}</option>
              {translations.map((locale) => (
                <option key={locale} value={locale} lang={locale}>{e("translation", { language: localeNames[locale] })}</option>
              ))}
              {translations.length > 0 && <option value={ALL_LANGUAGES}>{e("all", { language: localeNames[authoritative] })}</option>}
            </select>
          )}
        </FieldFrame>
        <div className="field">
          <label htmlFor="pdf-order">{o("pdfOrder")}</label>
          <select id="pdf-order" name="order" defaultValue={values.order ?? "alphabetical"}>
            <option value="alphabetical">{o("pdfAlphabetical")}</option>
            <option value="country">{o("pdfCountry")}</option>
          </select>
        </div>
        <div className="checkbox">
          <input id="pdf-type" type="checkbox" name="includeType" value="1" defaultChecked={values.includeType === "1"} />
          <label htmlFor="pdf-type">{o("pdfIncludeType")}</label>
        </div>
        <p className="hint" data-at-risk-note>{r("note")}</p>
      </fieldset>

      <div className="checkbox">
        <input id="delivery-endorsements" type="checkbox" name="endorsementsOpen" value="1" defaultChecked={values.endorsementsOpen === "1"}
          aria-describedby="delivery-endorsements-hint" />
        <label htmlFor="delivery-endorsements">{t("endorsementsOpen")}</label>
      </div>
      <p className="hint" id="delivery-endorsements-hint">{t(supplement ? "endorsementsHintSupplement" : "endorsementsHint")}</p>

      <button type="submit" className="button">{t("review")}</button>
    </form>
  );
}
