import "server-only";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { isOrgType } from "@/lib/signatures/org-types";

export { countryName } from "@/lib/countries";

export type ExportTranslator = Translator<"export">;

/** The "export" strings; outside a request, since tests and the benchmark render the PDF too. */
export const exportTranslator = (): Promise<ExportTranslator> => translatorFor("export");

/** Organisation types in the words the signing form uses (messages/<locale>/orgTypes.json). */
export async function orgTypeLabels(): Promise<(type: string) => string> {
  const t = await translatorFor("orgTypes");
  return (type) => (isOrgType(type) ? t(type) : type);
}
