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
