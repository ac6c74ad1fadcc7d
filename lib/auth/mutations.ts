import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { normaliseEmail } from "@/lib/email-address";

/** Creates the account as an administrator, or makes an existing account one. */
export async function createOrPromoteAdmin(email: string): Promise<void> {
  const address = normaliseEmail(email);
  await db.user.upsert({
    where: { email: address },
    create: { email: address, role: "admin" },
    update: { role: "admin" },
  });
}

/**
 * Administrators come only from ADMIN_EMAILS (invitations make coordinators), so an administrator
 * whose address is no longer listed becomes a coordinator: removing an address from the list
 * takes effect at that person's next sign-in. Audited as a user event, the person as actor.
 */
export async function demoteUnlistedAdmin(email: string): Promise<boolean> {
  const address = normaliseEmail(email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, email: true, role: true } });
    if (!user || user.role !== "admin") return false;
    const demoted = await tx.user.updateMany({ where: { id: user.id, role: "admin" }, data: { role: "coordinator" } });
    if (demoted.count === 0) return false;
    await recordAudit(tx, {
      letterId: null, actor: user, action: "coordinator.demote", targetType: "user", targetId: user.id,
      details: { email: user.email, reason: "not in ADMIN_EMAILS" },
    });
    return true;
  });
}
