/**
 * Who signs a letter. A letter takes organisations (the default), individuals, or both; the two
 * are counted and listed apart. An individual's name is kept in Signature.orgName (the name the
 * list shows) and the organisation they name "for identification only" in Signature.affiliation.
 */
export const SIGNER_KINDS = ["organisations", "individuals", "both"] as const;
export type SignerKinds = (typeof SIGNER_KINDS)[number];

export const SIGNATURE_KINDS = ["organisation", "individual"] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export const isSignerKinds = (value: string): value is SignerKinds => (SIGNER_KINDS as readonly string[]).includes(value);
export const isSignatureKind = (value: string): value is SignatureKind => (SIGNATURE_KINDS as readonly string[]).includes(value);

/** The kinds of signature a letter takes, in the order they are listed. */
export function kindsOf(signerKinds: string): SignatureKind[] {
  if (signerKinds === "individuals") return ["individual"];
  if (signerKinds === "both") return ["organisation", "individual"];
  return ["organisation"];
}

export const letterTakes = (signerKinds: string, kind: SignatureKind): boolean => kindsOf(signerKinds).includes(kind);

/** The query parameter of the individuals' pages, when a letter lists them beside organisations (`page` is the organisations'). */
export const INDIVIDUALS_PAGE_PARAM = "ipage";

/**
 * The lists a letter's page shows, in order: each kind the letter takes, and any kind it no longer
 * takes that still has approved signatures (a letter switched to individuals only keeps listing the
 * organisations that signed before). Null when it is a plain list of organisations, shown as it
 * always was.
 */
export function listedKinds(signerKinds: string, approved: { organisations: number; individuals: number }): SignatureKind[] | null {
  const count = (kind: SignatureKind) => (kind === "individual" ? approved.individuals : approved.organisations);
  const shown = SIGNATURE_KINDS.filter((kind) => letterTakes(signerKinds, kind) || count(kind) > 0);
  return shown.length === 1 && shown[0] === "organisation" ? null : shown;
}

/**
 * The message of a letter's count where its lists are not shown (the home page, the card, the share
 * image): "N organisations have signed", or "N signatures" for a letter that takes individuals.
 */
export const countMessage = (signerKinds: string): "signatoryCount" | "signerCount" =>
  signerKinds === "organisations" ? "signatoryCount" : "signerCount";
