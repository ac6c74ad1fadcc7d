import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, type Result } from "@/lib/errors";
import { localeOr, locales, pathIn, type Locale } from "@/lib/i18n/locales";
import { readingText, TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { outboxRow } from "@/lib/mail/outbox";
import { updateMailIn } from "@/lib/mail/templates/update";
import { kickMailWorker } from "@/lib/mail/worker";
import { recipientsWhere, textFor } from "@/lib/updates/queries";
import { translationsOf, type UpdateFormInput } from "@/lib/updates/schema";
import { INITIAL_UPDATE_STATUS, UPDATE_SEND } from "@/lib/updates/status";
import { isUnsubscribeKey, unsubscribeHeaders, unsubscribePageUrl } from "@/lib/updates/unsubscribe";

type SaveCode = "NOT_FOUND" | "INVALID_VALUE";

/**
 * Creates a draft update, or changes one that is still a draft (a sent update is on the record and
 * is never changed). Translations into the letter's own language are dropped: the update itself is
 * in that language.
 */
export async function saveUpdate({ id: letterId, actor }: AuthorizedLetter, input: UpdateFormInput): Promise<Result<{ updateId: string }, SaveCode>> {
  return db.$transaction(async (tx): Promise<Result<{ updateId: string }, SaveCode>> => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { language: true } });
    if (!letter) return fail("NOT_FOUND");
    const translations = translationsOf(input);
    delete translations[localeOr(letter.language)];
    const data = { subject: input.subject, body: input.body, translations: JSON.stringify(translations) };
    let updateId = input.updateId;
    if (updateId) {
      const { count } = await tx.letterUpdate.updateMany({ where: { id: updateId, letterId, status: INITIAL_UPDATE_STATUS }, data });
      if (count !== 1) return fail("NOT_FOUND");
    } else {
      updateId = (await tx.letterUpdate.create({ data: { letterId, ...data, status: INITIAL_UPDATE_STATUS, createdById: actor.id }, select: { id: true } })).id;
    }
    await recordAudit(tx, {
      letterId, actor, action: "update.save", targetType: "letter", targetId: letterId,
      details: { update: updateId, created: !input.updateId, subject: input.subject, languages: Object.keys(translations) },
    });
    return { ok: true, updateId };
  });
}

/** Mail `i` of an update goes out i/rate minutes after the first: a steady rate the provider accepts. */
export const spacedSendTime = (start: Date, i: number, perMinute = env.UPDATE_MAILS_PER_MINUTE): Date =>
  new Date(start.getTime() + Math.floor((i * 60_000) / perMinute));

/**
 * Sends a draft: in one transaction it becomes sent (with the time and the number of recipients)
 * and one mail per opted-in contact of an approved, not erased signature is queued, in the
 * contact's language, spaced at UPDATE_MAILS_PER_MINUTE. The status change is conditional on
 * `draft`, so a second press, or another instance, sends nothing.
 */
export async function sendUpdate({ id: letterId, actor }: AuthorizedLetter, updateId: string): Promise<Result<{ recipients: number }, "NOT_FOUND">> {
  // The templates' words, loaded before the transaction: the mails are then built without awaiting.
  const builders = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await updateMailIn(l)] as const))) as Record<Locale, Awaited<ReturnType<typeof updateMailIn>>>;
  const result = await db.$transaction(async (tx): Promise<Result<{ recipients: number }, "NOT_FOUND">> => {
    const update = await tx.letterUpdate.findFirst({ where: { id: updateId, letterId, status: UPDATE_SEND.from } });
    const letter = await tx.letter.findUnique({
      where: { id: letterId },
      select: { slug: true, title: true, addressee: true, body: true, language: true, translations: { select: TRANSLATION_FIELDS } },
    });
    if (!update || !letter) return fail("NOT_FOUND");
    const recipients = await tx.signature.findMany({
      where: recipientsWhere(letterId),
      select: { id: true, email: true, locale: true },
      orderBy: { id: "asc" },
    });
    const now = new Date();
    const { count } = await tx.letterUpdate.updateMany({
      where: { id: update.id, status: UPDATE_SEND.from },
      data: { status: UPDATE_SEND.to, sentAt: now, recipientCount: recipients.length },
    });
    if (count !== 1) return fail("NOT_FOUND");
    const language = localeOr(letter.language);
    const rows = recipients.map((r, i) => {
      const locale = localeOr(r.locale);
      const text = textFor(update, language, locale);
      const mail = builders[locale]({
        to: r.email,
        letterTitle: readingText({ ...letter, language }, letter.translations, locale).title,
        letterUrl: `${env.APP_URL}${pathIn(locale, `/letters/${letter.slug}`)}`,
        subject: text.subject,
        body: text.body,
        textLocale: text.locale,
        unsubscribeUrl: unsubscribePageUrl(locale, r.id),
        headers: unsubscribeHeaders(r.id),
      });
      return outboxRow(mail, { signatureId: r.id, updateId: update.id }, spacedSendTime(now, i));
    });
    if (rows.length > 0) await tx.outboxMessage.createMany({ data: rows });
    await recordAudit(tx, {
      letterId, actor, action: "update.send", targetType: "letter", targetId: letterId,
      details: { update: update.id, subject: update.subject, recipients: recipients.length },
    });
    return { ok: true, recipients: recipients.length };
  }, { timeout: 120_000 });
  if (result.ok && result.recipients > 0) kickMailWorker();
  return result;
}

/**
 * The signatory stops updates about this letter, from the link in an update mail (its page's button,
 * or a mail client's one-click POST). A forged key changes nothing. Unsubscribing twice is fine and
 * recorded once.
 */
export async function unsubscribe(signatureId: string, key: string, via: "page" | "one-click"): Promise<Result<object, "NOT_FOUND">> {
  if (!isUnsubscribeKey(signatureId, key)) return fail("NOT_FOUND");
  return db.$transaction(async (tx): Promise<Result<object, "NOT_FOUND">> => {
    const signature = await tx.signature.findUnique({ where: { id: signatureId }, select: { letterId: true, wantsUpdates: true } });
    if (!signature) return fail("NOT_FOUND");
    const { count } = await tx.signature.updateMany({ where: { id: signatureId, wantsUpdates: true }, data: { wantsUpdates: false } });
    if (count === 1) {
      await recordAudit(tx, {
        letterId: signature.letterId, actor: { id: null, email: "" }, action: "update.unsubscribe",
        targetType: "signature", targetId: signatureId, details: { via },
      });
    }
    return { ok: true };
  });
}
