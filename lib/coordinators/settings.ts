import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/queries";
import { fail, type Result } from "@/lib/errors";
import type { SettingsInput } from "@/lib/coordinators/schema";
import { localeOr, type Locale } from "@/lib/i18n/locales";
import { isListKey } from "@/lib/mail/unsubscribe-link";

/** A coordinator's own settings, as the settings page shows them. */
export async function getSettings(user: CurrentUser): Promise<{ digestEnabled: boolean; locale: Locale }> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { digestEnabled: true, locale: true } });
  return { digestEnabled: row.digestEnabled, locale: localeOr(row.locale) };
}

/** Saves a coordinator's own settings; a change is audited (on no letter: it is about the person). */
export async function saveSettings(user: CurrentUser, input: SettingsInput): Promise<Result<object>> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { digestEnabled: true, locale: true } });
    if (before.digestEnabled === input.digestEnabled && before.locale === input.locale) return { ok: true };
    await tx.user.update({ where: { id: user.id }, data: { digestEnabled: input.digestEnabled, locale: input.locale } });
    await recordAudit(tx, {
      letterId: null, actor: user, action: "coordinator.settings", targetType: "user", targetId: user.id,
      details: { digestEnabled: { before: before.digestEnabled, after: input.digestEnabled }, locale: { before: before.locale, after: input.locale } },
    });
    return { ok: true };
  });
}

/**
 * The digest's one-click unsubscribe (RFC 8058): the link's key is the only credential. Switching
 * off what is already off is fine; a forged key, or a user that is gone, is NOT_FOUND.
 */
export async function unsubscribeDigest(userId: string, key: string): Promise<Result<object, "NOT_FOUND">> {
  if (!isListKey("digest", userId, key)) return fail("NOT_FOUND");
  return db.$transaction(async (tx): Promise<Result<object, "NOT_FOUND">> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, digestEnabled: true } });
    if (!user) return fail("NOT_FOUND");
    if (!user.digestEnabled) return { ok: true };
    await tx.user.update({ where: { id: userId }, data: { digestEnabled: false } });
    await recordAudit(tx, {
      letterId: null, actor: { id: userId, email: user.email }, action: "coordinator.settings", targetType: "user", targetId: userId,
      details: { digestEnabled: { before: true, after: false }, via: "one-click" },
    });
    return { ok: true };
  });
}
