import { createOrPromoteAdmin } from "@/lib/auth/mutations";
import { findActiveUser, isBootstrapAdmin } from "@/lib/auth/queries";
import { env } from "@/lib/env";

/**
 * Decides whether a sign-in link may be sent. ADMIN_EMAILS bootstraps administrators on a fresh
 * instance: their account is created (or promoted) here, on their first request. Everyone else
 * must already have been invited, and a disabled account gets no link.
 */
export async function admitToSignIn(email: string, adminEmails: string[] = env.ADMIN_EMAILS): Promise<boolean> {
  if (isBootstrapAdmin(email, adminEmails)) await createOrPromoteAdmin(email);
  return (await findActiveUser(email)) !== null;
}
