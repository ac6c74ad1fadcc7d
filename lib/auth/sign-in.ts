import "server-only";
import { createOrPromoteAdmin, demoteUnlistedAdmin } from "@/lib/auth/mutations";
import { findActiveUser, isBootstrapAdmin } from "@/lib/auth/queries";
import { env } from "@/lib/env";
import { defaultLocale, localeOr, type Locale } from "@/lib/i18n/locales";
import { localeOfPath } from "@/lib/i18n/negotiate";

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

/**
 * The language to write a sign-in mail in: that of the page the link was asked from, which Auth.js
 * passes on as the link's callbackUrl (/<locale>/coordinator…); English when it names none.
 */
export function signInLocale(link: string): Locale {
  try {
    const callback = new URL(link).searchParams.get("callbackUrl");
    if (!callback) return defaultLocale;
    return localeOr(localeOfPath(new URL(callback, env.APP_URL).pathname));
  } catch {
    return defaultLocale;
  }
}
