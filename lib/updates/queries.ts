import "server-only";
import { db } from "@/lib/db";
import { isLocale, localeOr, type Locale } from "@/lib/i18n/locales";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";
import type { UpdateText, UpdateTranslations } from "@/lib/updates/schema";
import { SENT_UPDATE_STATUS } from "@/lib/updates/status";
import { isUnsubscribeKey } from "@/lib/updates/unsubscribe";

/** Who an update goes to: the contacts who asked for updates, of approved signatures whose data was not erased. */
export const recipientsWhere = (letterId: string) => ({
  letterId,
  status: PUBLIC_SIGNATURE_STATUS,
  wantsUpdates: true,
  erasedAt: null,
});

/** LetterUpdate.translations as stored; an unreadable value (never written by the app) is none. */
export function storedTranslations(json: string): UpdateTranslations {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return {};
    const out: UpdateTranslations = {};
    for (const [locale, text] of Object.entries(value)) {
      const t = text as Partial<UpdateText> | null;
      if (isLocale(locale) && typeof t?.subject === "string" && typeof t.body === "string") out[locale] = { subject: t.subject, body: t.body };
    }
    return out;
  } catch {
    return {};
  }
}

/** An update as a reader of `reader` gets it: their language when it was translated, else the letter's. */
export function textFor(update: { subject: string; body: string; translations: string }, language: Locale, reader: Locale): UpdateText & { locale: Locale } {
  const translated = reader === language ? undefined : storedTranslations(update.translations)[reader];
  return translated ? { ...translated, locale: reader } : { subject: update.subject, body: update.body, locale: language };
}

/** How many an update would go to now: the number "Send" states. */
export const countRecipients = (letterId: string): Promise<number> => db.signature.count({ where: recipientsWhere(letterId) });

export type WorkspaceUpdate = {
  id: string;
  subject: string;
  body: string;
  translations: UpdateTranslations;
  status: string;
  sentAt: Date | null;
  recipientCount: number;
  updatedAt: Date;
};

/** A letter's updates for its coordinators, newest first. Callers check access first. */
export async function listUpdatesForCoordinator(letterId: string): Promise<WorkspaceUpdate[]> {
  const rows = await db.letterUpdate.findMany({ where: { letterId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  return rows.map((r) => ({ ...r, translations: storedTranslations(r.translations) }));
}

export type PublicUpdate = { id: string; sentAt: Date; subject: string; body: string; locale: Locale };

/** The sent updates of a letter, newest first, in the reader's language where translated. Never who got them. */
export async function listSentUpdates(letterId: string, language: string, reader: Locale): Promise<PublicUpdate[]> {
  const rows = await db.letterUpdate.findMany({
    where: { letterId, status: SENT_UPDATE_STATUS },
    orderBy: [{ sentAt: "desc" }, { id: "desc" }],
    select: { id: true, sentAt: true, subject: true, body: true, translations: true },
    take: 100,
  });
  return rows.map((r) => ({ id: r.id, sentAt: r.sentAt ?? new Date(0), ...textFor(r, localeOr(language), reader) }));
}

/** What an unsubscribe page shows: the letter's title and whether updates still come; null for a forged or stale link. */
export async function lookUpUnsubscribe(signatureId: string, key: string) {
  if (!isUnsubscribeKey(signatureId, key)) return null;
  const signature = await db.signature.findUnique({
    where: { id: signatureId },
    select: { wantsUpdates: true, letter: { select: { title: true, slug: true, language: true } } },
  });
  return signature && { wantsUpdates: signature.wantsUpdates, letter: { ...signature.letter, language: localeOr(signature.letter.language) } };
}
