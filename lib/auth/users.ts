import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { normaliseEmail } from "@/lib/email-address";
import { env } from "@/lib/env";

export type Role = "admin" | "coordinator";
export type CurrentUser = { id: string; email: string; role: Role };

export const isBootstrapAdmin = (email: string, adminEmails: string[] = env.ADMIN_EMAILS): boolean =>
  adminEmails.includes(normaliseEmail(email));

/** The signed-in person as the rest of the app sees them: disabled accounts are nobody. */
export async function findActiveUser(email: string, client: Db | Tx = db): Promise<CurrentUser | null> {
  const user = await client.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, role: user.role === "admin" ? "admin" : "coordinator" };
}

/**
 * Decides whether a sign-in link may be sent. ADMIN_EMAILS bootstraps administrators on a
 * fresh instance: their User row is created (or promoted) here, on their first request.
 * Everyone else must already have been invited.
 */
export async function allowSignIn(email: string, adminEmails: string[] = env.ADMIN_EMAILS): Promise<boolean> {
  const address = normaliseEmail(email);
  if (isBootstrapAdmin(address, adminEmails)) {
    await db.user.upsert({
      where: { email: address },
      create: { email: address, role: "admin" },
      update: { role: "admin" },
    });
  }
  return (await findActiveUser(address)) !== null;
}

/** Admins see every letter; a coordinator only the letters they are assigned to. */
export async function canAccessLetter(user: CurrentUser, letterId: string, client: Db | Tx = db): Promise<boolean> {
  if (user.role === "admin") {
    return (await client.letter.count({ where: { id: letterId } })) === 1;
  }
  const link = await client.letterCoordinator.findUnique({
    where: { letterId_userId: { letterId, userId: user.id } },
    select: { letterId: true },
  });
  return link !== null;
}
