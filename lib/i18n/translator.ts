import "server-only";
import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages, type Locale } from "@/lib/i18n/messages";

/** A translator outside a request (emails, PDFs, workers), from the same catalogue as the pages. */
export async function translatorFor<N extends Namespace>(namespace: N, locale: Locale = defaultLocale) {
  // The files are read at run time; their shape is the one global.d.ts declares for the pages.
  const messages = (await loadMessages(locale)) as Messages;
  return createTranslator({ locale, messages, namespace });
}

type Messages = import("next-intl").Messages;
type Namespace = import("next-intl").NamespaceKeys<Messages, import("next-intl").NestedKeyOf<Messages>>;
/** The translator translatorFor gives for a namespace. */
export type Translator<N extends Namespace> = Awaited<ReturnType<typeof translatorFor<N>>>;
