import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type Role = "admin" | "coordinator";
export type CurrentUser = { id: string; email: string; role: Role };

export const normaliseEmail = (email: string): string => email.normalize("NFKC").trim().toLowerCase();

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
