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

// Gmail delivers "a.b@" and "ab@" to one mailbox; no other large provider promises that, and on
// most servers a dot is part of the name ("jo.smith" and "josmith" are two people).
const DOTLESS = new Set(["gmail.com"]);
const ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" };

/**
 * The mailbox behind an address, for spotting one person signing twice: the normalised address
 * with the `+tag` dropped on every domain, and dots dropped for Gmail.
 *
 * `+` subaddressing is the default of nearly every provider and mail server (Gmail, Outlook,
 * iCloud, Yahoo, Fastmail, Proton, Yandex, Zoho, HEY, Postfix's and Exim's usual setup), so a list
 * of providers is never complete and each missing one hands out unlimited fresh buckets. The cost,
 * on the rare server where "+" is an ordinary character, is that "a+b@" and "a@" count as one
 * signer: one of them gets the "already signed" mail instead of a second signature, and shares the
 * per-address rate limit. A local part that starts with "+" is kept as it is (nothing before it).
 */
export function canonicalEmail(email: string): string {
  const [rawLocal, rawDomain = ""] = normaliseEmail(email).split(/@(?=[^@]*$)/);
  const plain = rawDomain.replace(/\.$/, "");
  const domain = ALIASES[plain] ?? plain;
  let local = rawLocal.replace(/(?<=.)\+.*$/, "");
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
