import { translatorFor } from "@/lib/i18n/translator";
import { ORG_TYPES, type OrgType } from "@/lib/export/schema";

export { countryName } from "@/lib/countries";

export type ExportTranslator = Awaited<ReturnType<typeof translatorFor>>;

/** The "export" strings; outside a request, since tests and the benchmark render the PDF too. */
export const exportTranslator = (): Promise<ExportTranslator> => translatorFor("export");

export function orgTypeLabel(t: ExportTranslator, type: string): string {
  return (ORG_TYPES as readonly string[]).includes(type) ? t(`orgType.${type as OrgType}`) : type;
}
