import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { normaliseEmail } from "@/lib/email-address";
import { env } from "@/lib/env";

export type Role = "admin" | "coordinator";
export type CurrentUser = { id: string; email: string; role: Role };

export const isBootstrapAdmin = (email: string, adminEmails: string[] = env.ADMIN_EMAILS): boolean =>
  adminEmails.includes(normaliseEmail(email));

async function activeUser(where: { id: string } | { email: string }, client: Db | Tx): Promise<CurrentUser | null> {
  const user = await client.user.findUnique({ where, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, role: user.role === "admin" ? "admin" : "coordinator" };
}

/** The person an address belongs to (who may get a sign-in link): disabled accounts are nobody. */
export const findActiveUser = (email: string, client: Db | Tx = db): Promise<CurrentUser | null> =>
  activeUser({ email: normaliseEmail(email) }, client);

/**
 * The signed-in person as the rest of the app sees them, by the id their session row points to
 * (never by an address string, which can change or be spelled twice): disabled accounts are nobody.
 */
export const findActiveUserById = (id: string, client: Db | Tx = db): Promise<CurrentUser | null> => activeUser({ id }, client);
