import "server-only";
import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages, type Locale } from "@/lib/i18n/messages";

/** A translator outside a request (emails, PDFs, workers), from the same catalogue as the pages. */
export async function translatorFor<N extends string>(namespace: N, locale: Locale = defaultLocale) {
  const messages = await loadMessages(locale);
  // The catalogue is loaded at run time, so its keys are not known to the type checker here.
  return createTranslator({ locale, messages: messages as never, namespace: namespace as never }) as unknown as (
    key: string,
    values?: Record<string, string | number | Date>,
  ) => string;
}
