import { getTranslations } from "next-intl/server";
import { download, plainError } from "@/lib/export/http";
import { getPublicResponsePdf } from "@/lib/responses/queries";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string; id: string }> };

/**
 * The PDF a coordinator attached to a response, for anyone, when the letter is public. It was
 * checked to be a PDF on upload; it is still sent as a download with nosniff, never shown inline.
 */
export async function GET(_request: Request, { params }: Params) {
  const { slug, id } = await params;
  const pdf = await getPublicResponsePdf(slug, id);
  if (!pdf) return plainError(404, (await getTranslations("errors"))("NOT_FOUND"));
  return download(new Uint8Array(pdf.bytes), "application/pdf", pdf.name, "public");
}
