import { z } from "zod";

/** How the coordinator wants the PDF's list of signatories laid out (query string of the PDF route). */
export const pdfOptionsSchema = z.object({
  order: z.enum(["alphabetical", "country"]).default("alphabetical"),
  // A query string carries text, so "1"/"true" mean yes and anything else (or nothing) means no.
  includeType: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

export type PdfOptions = z.output<typeof pdfOptionsSchema>;

export function parsePdfOptions(params: URLSearchParams) {
  return pdfOptionsSchema.safeParse(Object.fromEntries(params));
}

