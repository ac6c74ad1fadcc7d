/**
 * Normalisations used to sort signatories, to spot duplicates and to stop one person signing twice.
 * Pure functions: tested in normalise.test.ts.
 */

/** Lower case, accents removed, spaces folded: "Côte  d'Ivoire" -> "cote d'ivoire". */
export function foldText(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The columns a signature keeps beside the name the public sees (its display name, else the name
 * as typed): every writer of that name stores these with it, so sorting and duplicate hints agree.
 */
export const nameColumns = (shownName: string) => ({ sortKey: sortKeyOf(shownName), nameKey: nameKeyOf(shownName) });

/** The columns a signature keeps beside the contact's address. */
export const emailColumns = (email: string) => ({
  email,
  emailCanonical: canonicalEmail(email),
  emailDomain: emailDomainOf(email),
});

/** Sort key for the public list: folded name, so "ARTICLE 19" and "access now" sort as people expect. */
export function sortKeyOf(name: string): string {
  return foldText(name).replace(/^(the|la|le|les|el|los|las|die|der|das)\s+/u, "");
}

// Legal forms that say nothing about which organisation it is.
const LEGAL_SUFFIXES = [
  "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ggmbh", "ev", "ag", "sa", "sas", "sarl",
  "srl", "spa", "bv", "nv", "ab", "as", "asbl", "vzw", "ong", "ngo", "co", "corp", "corporation", "company",
  "foundation", "association", "trust", "cic", "cio", "pvt", "pty", "oy", "kk",
];
const suffixPattern = new RegExp(`(?:\\s(?:${LEGAL_SUFFIXES.join("|")}))+$`, "u");

/**
 * Key for duplicate hints: "ARTICLE19", "Article 19 Ltd." and "article-19" all give "article19".
 * Punctuation and spaces go, then trailing legal forms.
 */
export function nameKeyOf(name: string): string {
  const words = foldText(name)
    // Dotted abbreviations are one word: "e.V." -> "ev", "S.A." -> "sa".
    .replace(/(^|[\s,])((?:\p{L}\.){2,})/gu, (_, before: string, abbr: string) => before + abbr.replace(/\./g, ""))
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return words.replace(suffixPattern, "").replace(/\s+/g, "") || words.replace(/\s+/g, "");
}

// Providers known to ignore dots and/or +tags in the local part.
const DOTLESS = new Set(["gmail.com", "googlemail.com"]);
const PLUS_TAGS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com",
  "mac.com", "fastmail.com", "fastmail.fm", "proton.me", "protonmail.com", "pm.me", "yahoo.com", "ymail.com",
]);

/** The address as its provider sees it: case folded; +tags and dots dropped where the provider ignores them. */
export function canonicalEmail(email: string): string {
  const [rawLocal, rawDomain = ""] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  let domain = rawDomain.replace(/\.$/, "");
  if (domain === "googlemail.com") domain = "gmail.com";
  let local = rawLocal;
  if (PLUS_TAGS.has(domain)) local = local.replace(/\+.*$/, "");
  if (DOTLESS.has(domain)) local = local.replace(/\./g, "");
  return `${local}@${domain}`;
}

export function emailDomainOf(email: string): string {
  return (email.trim().toLowerCase().split("@").pop() ?? "").replace(/\.$/, "");
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

/** "https://www.Example.org/about" -> "example.org"; null when there is no usable host. */
export function websiteDomainOf(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    return url.hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** True when the email is at the organisation's own website domain (or a subdomain of it). */
export function emailMatchesWebsite(emailDomain: string, website: string | null | undefined): boolean {
  const site = websiteDomainOf(website);
  if (!site) return false;
  const d = emailDomain.toLowerCase();
  return d === site || d.endsWith(`.${site}`) || site.endsWith(`.${d}`);
}
