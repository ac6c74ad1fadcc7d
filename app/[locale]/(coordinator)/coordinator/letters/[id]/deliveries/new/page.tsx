import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/localized";
import { requireLetterAccess } from "@/lib/auth/session";
import { deliverable } from "@/lib/deliveries/mutations";
import { deliveriesForCoordinator, deliveryPreview } from "@/lib/deliveries/queries";
import { DELIVERY_FIELDS, deliveryFormSchema, deliveryFormValues, type DeliveryField } from "@/lib/deliveries/schema";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors";
import { pdfLanguageChoices } from "@/lib/export/queries";
import { ALL_LANGUAGES } from "@/lib/export/schema";
import { today } from "@/lib/export/http";
import { localeNames, isLocale } from "@/lib/i18n/locales";
import { getLetterForCoordinator } from "@/lib/letters/queries";
import { ActionNotice } from "@/components/coordinator/action-notice";
import { DeliveryForm } from "@/components/coordinator/delivery-form";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { recordDeliveryAction } from "../actions";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("delivery.form"))("title") });

type Search = Record<string, string | string[] | undefined>;

/**
 * Record a delivery, in two steps that both work without JavaScript: the form (a GET to this page),
 * then, once it parses, a review of what will be frozen (the text version, how many signatories)
 * with the one button that records it. Nothing is written before that button.
 */
export default async function NewDeliveryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const access = await requireLetterAccess(id, `/coordinator/letters/${id}/deliveries/new`);
  const [letter, preview, choices, earlier] = await Promise.all([
    getLetterForCoordinator(id), deliveryPreview(access), pdfLanguageChoices(access), deliveriesForCoordinator(access),
  ]);
  if (!letter || !preview) notFound();
  const search = await searchParams;
  const t = await getTranslations("delivery.form");
  const tm = await getTranslations("delivery.methods");
  const format = await getFormatter();
  const supplement = preview.nextSequence > 1;
  const path = `/coordinator/letters/${id}/deliveries/new`;
  const given = deliveryFormValues((name) => search[name], DELIVERY_FIELDS);
  const values = search.review === "1" ? given : { deliveredOn: today(), endorsementsOpen: letter.endorsementsOpen ? "1" : "", ...given };
  const parsed = search.review === "1" ? deliveryFormSchema.safeParse(values) : null;
  const errors: FieldErrors<DeliveryField> = parsed && !parsed.success ? fieldErrorsFrom<DeliveryField>(parsed.error) : {};
  const ready = deliverable(preview);
  const heading = t(supplement ? "supplementTitle" : "title", { sequence: preview.nextSequence });

  return (
    <div className="stack">
      <h1>{heading}: {letter.title}</h1>
      <LetterTabs letterId={id} current="overview" />
      <ActionNotice params={{ error: typeof search.error === "string" ? search.error : undefined }} />
      <p>{t(supplement ? "introSupplement" : "intro")}</p>

      {earlier.length > 0 && (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">{t("earlier")}</h2>
          <ul>
            {earlier.map((d) => (
              <li key={d.sequence}>
                {t("earlierLine", { sequence: d.sequence, recipient: d.recipient, date: format.dateTime(d.deliveredAt, { dateStyle: "long", timeZone: "UTC" }), count: d.signatoryCount })}{" "}
                <Link href={`/letters/${letter.slug}/deliveries/${d.sequence}`}>{t("publicRecord")}</Link>
                {d.note && <p className="muted">{t("noteShown", { note: d.note })}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {!ready ? (
        <p className="notice" role="status">{t(supplement ? "nobodyNew" : "notDeliverable")}</p>
      ) : parsed?.success ? (
        <section aria-labelledby="confirm-heading" className="card stack" data-step="confirm">
          <h2 id="confirm-heading">{t("confirmHeading")}</h2>
          <dl className="letter-meta">
            <div><dt>{t("deliveredOn")}</dt><dd>{format.dateTime(parsed.data.deliveredOn, { dateStyle: "long", timeZone: "UTC" })}</dd></div>
            <div><dt>{t("recipient")}</dt><dd>{parsed.data.recipient}</dd></div>
            <div><dt>{t("method")}</dt><dd>{tm(parsed.data.method)}</dd></div>
            {parsed.data.reference && <div><dt>{t("reference")}</dt><dd>{parsed.data.reference}</dd></div>}
            {parsed.data.note && <div><dt>{t("note")}</dt><dd>{parsed.data.note}</dd></div>}
            <div>
              <dt>{t("pdfLanguage")}</dt>
              <dd>{parsed.data.language === ALL_LANGUAGES ? t("allLanguages") : localeNames[isLocale(parsed.data.language) ? parsed.data.language : choices.authoritative]}</dd>
            </div>
            <div><dt>{t("endorsementsOpen")}</dt><dd>{t(parsed.data.endorsementsOpen ? "yes" : "no")}</dd></div>
          </dl>
          <p><strong>{t("frozen")}</strong></p>
          <ul>
            <li data-frozen="count">{t(supplement ? "frozenNewcomers" : "frozenCount", { count: preview.count })}</li>
            <li data-frozen="version">{t("frozenVersion", { version: preview.version })}</li>
            <li>{t("frozenPdf")}</li>
          </ul>
          <p className="muted">{t("frozenForGood")}</p>
          <form action={recordDeliveryAction} className="button-row">
            <input type="hidden" name="letterId" value={id} />
            {Object.entries(given).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
            <input type="hidden" name="expectedVersion" value={preview.version} />
            <input type="hidden" name="expectedCount" value={preview.count} />
            <button type="submit" className="button">{t("confirm")}</button>
            <Link href={`${path}?${new URLSearchParams(given)}`}>{t("change")}</Link>
          </form>
        </section>
      ) : (
        <DeliveryForm action={await localizedPath(path)} values={values} errors={errors} choices={choices} supplement={supplement} />
      )}
    </div>
  );
}
