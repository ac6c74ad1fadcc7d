import "server-only";
import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/abuse/pseudonym";
import { env } from "@/lib/env";
import { pathIn, type Locale } from "@/lib/i18n/locales";

/**
 * The unsubscribe link of a signatory's update mails: the signature's id and a keyed hash of it
 * (HMAC-SHA-256 under AUTH_SECRET, 128 bits), so no table holds the links and nobody can make one
 * for a signature without the secret. The link stays valid for as long as the signature exists.
 */
export const unsubscribeKey = (signatureId: string): string => keyedHash("unsubscribe", signatureId, 32);

/** Whether `key` is the link's key for this signature; compared in constant time. */
export function isUnsubscribeKey(signatureId: string, key: string): boolean {
  const expected = Buffer.from(unsubscribeKey(signatureId));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The page a person opens from the mail: it shows a button, and looking changes nothing. */
export const unsubscribePageUrl = (locale: Locale, signatureId: string): string =>
  `${env.APP_URL}${pathIn(locale, `/unsubscribe/${signatureId}/${unsubscribeKey(signatureId)}`)}`;

/** The List-Unsubscribe address (RFC 8058): a POST unsubscribes at once, a GET is sent to the page. */
export const oneClickUrl = (signatureId: string): string => `${env.APP_URL}/api/unsubscribe/${signatureId}/${unsubscribeKey(signatureId)}`;

/** The headers every update mail carries, so mail clients can offer their own "Unsubscribe" button. */
export const unsubscribeHeaders = (signatureId: string): Record<string, string> => ({
  "List-Unsubscribe": `<${oneClickUrl(signatureId)}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});
