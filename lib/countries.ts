import isoCountries from "i18n-iso-countries";

/**
 * ISO 3166-1 alpha-2 codes come from i18n-iso-countries; names come from the runtime's
 * Intl.DisplayNames, which already speaks every language the interface will (ar, zh, ru, ...).
 */
export const COUNTRY_CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes()).sort();
const codeSet = new Set(COUNTRY_CODES);

export const isCountryCode = (code: string): boolean => codeSet.has(code);

const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale = "en"): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** Every country as { code, name }, sorted the way readers of `locale` expect. */
export function countryOptions(locale = "en"): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
