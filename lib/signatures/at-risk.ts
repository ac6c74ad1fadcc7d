/**
 * Signers at risk (issue 13): an organisation may ask, when it signs, to be counted but not named in
 * public (Signature.hideName), and also not to have its country shown (hideCountry, meaningful only
 * with hideName). Its coordinators still see everything. Every public output (the letter page, the
 * public CSV and JSON, a delivery's canonical list and PDF, the default PDF) shows such a signer as
 * "An organisation from <country>" or "An organisation", never its name or website, and lists it
 * after the named ones, ordered by country: at its alphabetical place its position would tell the
 * first letters of its name. Pure functions: tested in at-risk.test.ts.
 */

/** The two choices as the form gives them, and who signs. */
export type AtRiskChoice = { hideName?: boolean; hideCountry?: boolean; kind?: string };

/**
 * The columns a signature stores: hideCountry only counts with hideName (the server ignores it
 * alone), and only an organisation may ask (the public words are "An organisation from …"; an
 * individual's form does not offer the choice).
 */
export const atRiskColumns = (choice: AtRiskChoice) => {
  const hideName = choice.hideName === true && choice.kind !== "individual";
  return { hideName, hideCountry: hideName && choice.hideCountry === true };
};

/** What a public output may know of a signatory: its shown name, country and website as stored, and its choices. */
export type RevealableSignatory = { name: string; country: string; website: string | null; hideName: boolean; hideCountry: boolean };

/**
 * The signatory as the public sees it: a hidden signer's name is empty and its website null, and
 * its country empty when it asked for that too; `named` says which. `reveal` (a coordinator's PDF
 * for the addressee only) keeps everything.
 */
export function publicFace<T extends RevealableSignatory>(s: T, reveal = false): T & { named: boolean } {
  if (reveal || !s.hideName) return { ...s, named: true };
  return { ...s, name: "", website: null, country: s.hideCountry ? "" : s.country, named: false };
}

/** The order of hidden signers among themselves: those with a country first, by country, then the rest; ties by id (when they were added, never their name). */
export const hiddenOrder = [{ hideCountry: "asc" }, { country: "asc" }, { id: "asc" }] as const;

/** The words for a hidden signer, in the reader's language: "An organisation from {country}" or "An organisation". */
export type UnnamedWords = { from: (country: string) => string; plain: string };

/** How a hidden signer is written where a name would be. */
export const unnamedLabel = (country: string, words: UnnamedWords): string => (country ? words.from(country) : words.plain);
