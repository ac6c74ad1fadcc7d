import "server-only";
import { env } from "@/lib/env";
import { countryName } from "@/lib/export/labels";
import { approvedSignatories, type ExportLetter } from "@/lib/export/queries";
import { toWebStream } from "@/lib/export/stream";

export const publicLetterUrl = (slug: string): string => `${env.APP_URL}/letters/${slug}`;

/**
 * Approved signatories as JSON, public fields only, written one signatory at a time so the
 * document is never held whole in memory:
 * { letter: { slug, title, url }, signatories: [{ name, country, countryName, orgType, website, approvedAt, tier, named, kind, affiliation }], count },
 * organisations then individuals (`kind`), each tier after tier (initial, signatory, endorsement), as the letter page lists them.
 * A signer not named in public (lib/signatures/at-risk.ts) has `named: false`, an empty name, a
 * null website, and an empty country if it hid that too; it comes after the named ones of its tier.
 * The count comes last so it is exactly the number of signatories written.
 */
export function publicJson(letter: Pick<ExportLetter, "id" | "slug" | "title">): ReadableStream<Uint8Array> {
  return toWebStream(
    (async function* () {
      const head = { slug: letter.slug, title: letter.title, url: publicLetterUrl(letter.slug) };
      yield `{"letter":${JSON.stringify(head)},"signatories":[`;
      let count = 0;
      for await (const s of approvedSignatories(letter.id)) {
        const item = {
          name: s.name,
          country: s.country,
          countryName: s.country ? countryName(s.country) : "",
          orgType: s.orgType,
          website: s.website,
          approvedAt: s.approvedAt?.toISOString() ?? null,
          tier: s.tier,
          named: s.named,
          kind: s.kind,
          affiliation: s.affiliation,
        };
        yield (count === 0 ? "\n" : ",\n") + JSON.stringify(item);
        count++;
      }
      yield `\n],"count":${count}}\n`;
    })(),
  );
}
