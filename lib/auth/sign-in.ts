import "server-only";
import { createOrPromoteAdmin, demoteUnlistedAdmin } from "@/lib/auth/mutations";
import { findActiveUser, isBootstrapAdmin } from "@/lib/auth/queries";
import { env } from "@/lib/env";

/**
 * Brings an account's role in line with ADMIN_EMAILS, the only source of administrators: a listed
 * address is created (or promoted) as an administrator, an administrator no longer listed is
 * demoted to coordinator.
 */
export async function applyAdminEmails(email: string, adminEmails: string[] = env.ADMIN_EMAILS): Promise<void> {
  if (isBootstrapAdmin(email, adminEmails)) await createOrPromoteAdmin(email);
  else await demoteUnlistedAdmin(email);
}

/**
 * Decides whether a sign-in link may be sent. ADMIN_EMAILS bootstraps administrators on a fresh
 * instance: their account is created (or promoted) here, on their first request, and an address
 * taken off the list loses the role here. Everyone else must already have been invited, and a
 * disabled account gets no link.
 */
export async function admitToSignIn(email: string, adminEmails: string[] = env.ADMIN_EMAILS): Promise<boolean> {
  await applyAdminEmails(email, adminEmails);
  return (await findActiveUser(email)) !== null;
}
