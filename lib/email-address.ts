/**
 * How the app reads an email address. Pure functions, safe anywhere (tested in
 * email-address.test.ts).
 */

/**
 * The address as one identity: compatibility forms folded (NFKC), spaces trimmed, lower case.
 * Accounts, ADMIN_EMAILS, invitations and sign-in limits all compare addresses in this form.
 */
export const normaliseEmail = (email: string): string => email.normalize("NFKC").trim().toLowerCase();

/** The domain after the last @, without a trailing dot. */
export function emailDomainOf(email: string): string {
  return (normaliseEmail(email).split("@").pop() ?? "").replace(/\.$/, "");
}

// Providers known to ignore dots and/or +tags in the local part.
const DOTLESS = new Set(["gmail.com", "googlemail.com"]);
const PLUS_TAGS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com",
  "mac.com", "fastmail.com", "fastmail.fm", "proton.me", "protonmail.com", "pm.me", "yahoo.com", "ymail.com",
]);

/**
 * The mailbox behind an address, for spotting one person signing twice: the normalised address
 * with +tags and dots dropped where the provider ignores them.
 */
export function canonicalEmail(email: string): string {
  const [rawLocal, rawDomain = ""] = normaliseEmail(email).split(/@(?=[^@]*$)/);
  let domain = rawDomain.replace(/\.$/, "");
  if (domain === "googlemail.com") domain = "gmail.com";
  let local = rawLocal;
  if (PLUS_TAGS.has(domain)) local = local.replace(/\+.*$/, "");
  if (DOTLESS.has(domain)) local = local.replace(/\./g, "");
  return `${local}@${domain}`;
}

// Free mail providers: an address there says nothing about the organisation.
const FREE_MAIL = new Set([
  "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk", "ymail.com", "hotmail.com", "hotmail.fr",
  "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "gmx.com", "gmx.de", "gmx.net",
  "web.de", "mail.com", "mail.ru", "yandex.ru", "yandex.com", "proton.me", "protonmail.com", "pm.me", "zoho.com",
  "qq.com", "163.com", "126.com", "sina.com", "rediffmail.com", "libero.it", "orange.fr", "free.fr", "laposte.net",
  "tutanota.com", "fastmail.com", "hey.com",
]);

export const isFreeMail = (domain: string): boolean => FREE_MAIL.has(domain.toLowerCase());
