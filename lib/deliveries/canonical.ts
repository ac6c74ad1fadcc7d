import { createHash } from "node:crypto";

/**
 * The canonical list of a delivery: the signatories it delivered, as one JSON text that anyone can
 * hash again and get the same SHA-256. Public fields only, in the public list's order (sort key,
 * then id, the unnamed last), each entry with the same seven keys in the same order, no spaces, UTF-8:
 *
 *   [{"name":"…","country":"FR","type":"civil_society","website":"https://…"|null,"tier":"signatory","kind":"organisation","affiliation":null},…]
 *
 * (`type` is "" for an individual; lists delivered before individuals could sign have the first five keys only.)
 *
 * `country` is the ISO 3166-1 code and `type` the organisation type's code (lib/signatures/org-types.ts),
 * so the text does not depend on the language anyone reads it in. A signatory not named in public
 * (lib/signatures/at-risk.ts) has an empty `name`, a null `website`, and an empty `country` if it hid
 * that too; such entries come after the named ones (by country code, then in the order they were added). The SHA-256 is over these exact
 * bytes (docs/EXPORTS.md says how to check it with sha256sum).
 */
export type CanonicalEntry = {
  name: string; country: string; type: string; website: string | null; tier: string;
  /**
   * organisation | individual, and an individual's affiliation (null otherwise): in every list
   * delivered since individuals could sign. A list stored before has neither key, and is read and
   * written back without them, byte for byte, so its stored SHA-256 still matches.
   */
  kind?: string; affiliation?: string | null;
};

/** One entry with its keys in the canonical order, whatever order the caller's object had. */
const entry = (e: CanonicalEntry): CanonicalEntry => ({
  name: e.name, country: e.country, type: e.type, website: e.website ?? null, tier: e.tier,
  ...(e.kind !== undefined && { kind: e.kind, affiliation: e.affiliation ?? null }),
});

/** An entry as it reads today: one from a list stored before kinds existed was an organisation's. */
const matchKey = (e: CanonicalEntry): string => canonicalList([{ ...e, kind: e.kind ?? "organisation", affiliation: e.affiliation ?? null }]);

/** The list as its canonical text; the same entries in the same order always give the same bytes. */
export const canonicalList = (entries: readonly CanonicalEntry[]): string => JSON.stringify(entries.map(entry));

/** The entries of a canonical text (a delivery's stored list). */
export const parseCanonicalList = (text: string): CanonicalEntry[] => (JSON.parse(text) as CanonicalEntry[]).map(entry);

/** SHA-256 as lowercase hex, as `sha256sum` prints it. */
export const sha256Hex = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** What a reader typed as a SHA-256, lowercased without spaces; null when it is not 64 hex digits. */
export function parseSha256(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const hex = value.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/**
 * The approved signatories a supplement delivers: those not in any earlier delivery's list. An entry
 * is matched by its whole public record (name, country, type, website, tier), counted, so two
 * identical entries delivered once leave one of three to deliver. A signatory renamed after a
 * delivery is delivered again under the new name: the record says what the addressee was sent.
 */
export function newcomers(approved: readonly CanonicalEntry[], earlier: readonly (readonly CanonicalEntry[])[]): CanonicalEntry[] {
  const delivered = new Map<string, number>();
  for (const list of earlier) {
    for (const e of list) {
      const key = matchKey(e);
      delivered.set(key, (delivered.get(key) ?? 0) + 1);
    }
  }
  return approved.filter((e) => {
    const key = matchKey(e);
    const left = delivered.get(key) ?? 0;
    if (left === 0) return true;
    delivered.set(key, left - 1);
    return false;
  });
}
