import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultLocale, pathIn, type Locale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedAdmin } from "@/lib/auth/access";
import { fail, type Result } from "@/lib/errors";
import type { AccessInput, AssignmentInput, InviteInput } from "@/lib/coordinators/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailWorker } from "@/lib/mail/worker";
import { invitationMail } from "@/lib/mail/templates/invitation";


/**
 * Invites a coordinator: creates (or re-enables) their account, assigns the chosen letters and
 * queues the invitation in the same transaction. An existing admin keeps the admin role.
 * The invitation is in `locale`, the inviting admin's interface language (all we know of the
 * invitee's), with a sign-in link in it.
 */
export async function inviteCoordinator(actor: AuthorizedAdmin, input: InviteInput, locale: Locale = defaultLocale): Promise<Result<{ userId: string; created: boolean }>> {
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { disabledAt: null } })
      : await tx.user.create({ data: { email: input.email, role: "coordinator", invitedById: actor.id } });
    const letters = await tx.letter.findMany({ where: { id: { in: input.letterIds } }, select: { id: true, title: true } });
    await recordAudit(tx, { letterId: null, actor, action: "coordinator.invite", targetType: "user", targetId: user.id, details: { email: user.email } });
    for (const letter of letters) await assign(tx, actor, letter.id, user.id, user.email);
    await enqueueMail(tx, await invitationMail({
      to: user.email,
      locale,
      invitedBy: actor.email,
      signInUrl: `${env.APP_URL}${pathIn(locale, "/signin")}?email=${encodeURIComponent(user.email)}`,
      letterTitles: letters.map((l) => l.title),
    }));
    return { ok: true as const, userId: user.id, created: !existing };
  });
  kickMailWorker();
  return result;
}

async function assign(tx: Tx, actor: AuthorizedAdmin, letterId: string, userId: string, email: string): Promise<boolean> {
  const exists = await tx.letterCoordinator.findUnique({ where: { letterId_userId: { letterId, userId } } });
  if (exists) return false;
  await tx.letterCoordinator.create({ data: { letterId, userId } });
  await recordAudit(tx, { letterId, actor, action: "coordinator.assign", targetType: "user", targetId: userId, details: { email } });
  return true;
}

export type AssignResult = Result<object, "NOT_FOUND">;

/** Gives a coordinator a letter. Only admins assign: coordinators cannot widen their own access. */
export async function assignCoordinator(actor: AuthorizedAdmin, { letterId, userId }: AssignmentInput): Promise<AssignResult> {
  return db.$transaction(async (tx): Promise<AssignResult> => {
    const [user, letter] = await Promise.all([
      tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } }),
      tx.letter.findUnique({ where: { id: letterId }, select: { id: true } }),
    ]);
    if (!user || !letter) return fail("NOT_FOUND");
    await assign(tx, actor, letterId, user.id, user.email);
    return { ok: true };
  });
}

export async function unassignCoordinator(actor: AuthorizedAdmin, { letterId, userId }: AssignmentInput): Promise<AssignResult> {
  return db.$transaction(async (tx): Promise<AssignResult> => {
    const link = await tx.letterCoordinator.findUnique({
      where: { letterId_userId: { letterId, userId } },
      include: { user: { select: { email: true } } },
    });
    if (!link) return fail("NOT_FOUND");
    await tx.letterCoordinator.delete({ where: { letterId_userId: { letterId, userId } } });
    await recordAudit(tx, { letterId, actor, action: "coordinator.unassign", targetType: "user", targetId: userId, details: { email: link.user.email } });
    return { ok: true };
  });
}

export type AccessResult = Result<object, "NOT_FOUND" | "OWN_ACCESS">;

/**
 * Takes someone's access away (or gives it back) without deleting them, so the audit keeps naming
 * them. Their sessions end at once. Admins cannot lock themselves out.
 */
export async function setAccessDisabled(actor: AuthorizedAdmin, { userId, disabled }: AccessInput): Promise<AccessResult> {
  if (userId === actor.id) return fail("OWN_ACCESS");
  return db.$transaction(async (tx): Promise<AccessResult> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) return fail("NOT_FOUND");
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      letterId: null, actor, action: disabled ? "coordinator.disable" : "coordinator.enable",
      targetType: "user", targetId: userId, details: { email: user.email },
    });
    return { ok: true };
  });
}
