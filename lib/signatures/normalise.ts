/**
 * Normalisations used to sort signatories, to spot duplicates and to stop one person signing twice
 * (addresses themselves are read by lib/email-address.ts). Pure functions: tested in normalise.test.ts.
 */
import { canonicalEmail, emailDomainOf } from "@/lib/email-address";

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
