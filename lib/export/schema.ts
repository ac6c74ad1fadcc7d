import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

/** `language=all`: the authoritative text, then each current translation from a new page. */
export const ALL_LANGUAGES = "all";

/** How the coordinator wants the PDF laid out (query string of the PDF route). */
export const pdfOptionsSchema = z.object({
  order: z.enum(["alphabetical", "country"]).default("alphabetical"),
  // A query string carries text, so "1"/"true" mean yes and anything else (or nothing) means no.
  includeType: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // The language of the whole document; absent means the letter's authoritative language.
  language: z.enum([...locales, ALL_LANGUAGES]).optional(),
});

/**
 * The coordinators' download from the workspace may also name the signers at risk
 * (lib/signatures/at-risk.ts) in that copy, for the addressee only. A delivery's PDF, which is public
 * on the delivery's page, is made from pdfOptionsSchema alone and never names them.
 */
export const addresseeCopySchema = pdfOptionsSchema.extend({
  nameAtRisk: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

export type PdfOptions = z.output<typeof pdfOptionsSchema> & { nameAtRisk?: boolean };
export type PdfLanguage = NonNullable<PdfOptions["language"]>;

/** The workspace PDF route's query string. */
export function parsePdfOptions(params: URLSearchParams) {
  return addresseeCopySchema.safeParse(Object.fromEntries(params));
}
