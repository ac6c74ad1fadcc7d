import "server-only";
import { timingSafeEqual } from "node:crypto";
import { keyedHash } from "@/lib/abuse/pseudonym";
import { env } from "@/lib/env";

/**
 * The keyed links that stop a kind of mail: a record's id and a keyed hash of it (HMAC-SHA-256
 * under AUTH_SECRET, 128 bits), so no table holds the links and nobody can make one without the
 * secret. Each list has its own key purpose, so a link of one list never fits another.
 *   updates  a signatory's update mails (lib/updates), keyed on the signature
 *   digest   a coordinator's daily digest (lib/coordinators/digest.ts), keyed on the user
 */
export type MailList = "updates" | "digest";

const LISTS: Record<MailList, { purpose: string; oneClickPath: string }> = {
  // "unsubscribe": the purpose update links were first made with; changing it would break links already sent.
  updates: { purpose: "unsubscribe", oneClickPath: "/api/unsubscribe" },
  digest: { purpose: "digest-unsubscribe", oneClickPath: "/api/digest/unsubscribe" },
};

/** The key of the link that takes `id` off `list`. */
export const listKey = (list: MailList, id: string): string => keyedHash(LISTS[list].purpose, id, 32);

/** Whether `key` is the link's key for `id` on `list`; compared in constant time. */
export function isListKey(list: MailList, id: string, key: string): boolean {
  const expected = Buffer.from(listKey(list, id));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The List-Unsubscribe address (RFC 8058): a POST takes `id` off the list at once. */
export const oneClickUrl = (list: MailList, id: string): string => `${env.APP_URL}${LISTS[list].oneClickPath}/${id}/${listKey(list, id)}`;

/** The headers a mail of the list carries, so mail clients can offer their own "Unsubscribe" button. */
export const listUnsubscribeHeaders = (list: MailList, id: string): Record<string, string> => ({
  "List-Unsubscribe": `<${oneClickUrl(list, id)}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

