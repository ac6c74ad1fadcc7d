import { getTranslations } from "next-intl/server";
import { deliveredPdf } from "@/lib/deliveries/queries";
import { download, fileStem, plainError } from "@/lib/export/http";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string; sequence: string }> };

/** A delivery's PDF exactly as it was delivered, from its row: the bytes its SHA-256 was taken of. */
export async function GET(_request: Request, { params }: Params) {
  const { slug, sequence } = await params;
  const n = /^[1-9]\d{0,5}$/.test(sequence) ? Number(sequence) : null;
  const pdf = n === null ? null : await deliveredPdf(slug, n);
  if (!pdf) return plainError(404, (await getTranslations("errors"))("NOT_FOUND"));
  // Never changes once recorded; still asked again, so a letter taken down is taken down.
  return download(pdf as BodyInit, "application/pdf", `${fileStem(slug)}-delivery-${n}.pdf`, "public", { "Content-Length": String(pdf.byteLength) });
}

export const HEAD = GET;
