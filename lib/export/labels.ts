import "server-only";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { isOrgType } from "@/lib/signatures/org-types";
import type { Tier } from "@/lib/signatures/tier-order";

export { countryName } from "@/lib/countries";

export type ExportTranslator = Translator<"export">;

/** The "export" strings in a language; outside a request, since tests and the benchmark render the PDF too. */
export const exportTranslator = (locale: Locale = defaultLocale): Promise<ExportTranslator> => translatorFor("export", locale);

/** Organisation types in the words the signing form uses (messages/<locale>/orgTypes.json). */
export async function orgTypeLabels(locale: Locale = defaultLocale): Promise<(type: string) => string> {
  const t = await translatorFor("orgTypes", locale);
  return (type) => (isOrgType(type) ? t(type) : type);
}

/** A tier's heading with its count, as the letter page words it (messages/<locale>/tiers.json): "Initial signatories (12)". */
export async function tierHeadings(locale: Locale = defaultLocale): Promise<(tier: Tier, count: number) => string> {
  const t = await translatorFor("tiers", locale);
  return (tier, count) => t("withCount", { tier: t(`headings.${tier}`), count });
}

/** The date of the export as a reader of `locale` writes it (British English for English, as before). */
export const formatDate = (date: Date, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeZone: "UTC" }).format(date);

/** How the PDF writes a signer not named in public (messages/<locale>/atRisk.json), and the heading of those who hid their country. */
export async function unnamedLabels(locale: Locale = defaultLocale) {
  const t = await translatorFor("atRisk", locale);
  return {
    label: (country: string) => (country ? t("unnamed.from", { country }) : t("unnamed.plain")),
    plain: t("unnamed.plain"),
    noCountry: t("pdf.countryNotShown"),
  };
}
