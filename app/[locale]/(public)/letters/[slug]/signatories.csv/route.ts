import { getTranslations } from "next-intl/server";
import { publicCsv } from "@/lib/export/csv";
import { download, fileStem, plainError } from "@/lib/export/http";
import { findPublicLetter } from "@/lib/export/queries";

export const dynamic = "force-dynamic";

/** Approved signatories of a published letter, public fields only. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const letter = await findPublicLetter(slug);
  if (!letter) return plainError(404, (await getTranslations("errors"))("NOT_FOUND"));
  return download(publicCsv(letter.id), "text/csv; charset=utf-8; header=present", `${fileStem(letter.slug)}-signatories.csv`, "public");
}
