import "server-only";
import { env } from "@/lib/env";
import { pathIn, type Locale } from "@/lib/i18n/locales";
import { isListKey, listKey, listUnsubscribeHeaders } from "@/lib/mail/unsubscribe-link";

/**
 * The unsubscribe link of a signatory's update mails, keyed on the signature (lib/mail/unsubscribe-link.ts).
 * The link stays valid for as long as the signature exists.
 */
export const unsubscribeKey = (signatureId: string): string => listKey("updates", signatureId);

/** Whether `key` is the link's key for this signature; compared in constant time. */
export const isUnsubscribeKey = (signatureId: string, key: string): boolean => isListKey("updates", signatureId, key);

/** The page a person opens from the mail: it shows a button, and looking changes nothing. */
export const unsubscribePageUrl = (locale: Locale, signatureId: string): string =>
  `${env.APP_URL}${pathIn(locale, `/unsubscribe/${signatureId}/${unsubscribeKey(signatureId)}`)}`;

/** The headers every update mail carries, so mail clients can offer their own "Unsubscribe" button. */
export const unsubscribeHeaders = (signatureId: string): Record<string, string> => listUnsubscribeHeaders("updates", signatureId);
