import { getTranslations } from "next-intl/server";
import { download, fileStem, plainError } from "@/lib/export/http";
import { publicJson } from "@/lib/export/json";
import { findPublicLetter } from "@/lib/export/queries";

export const dynamic = "force-dynamic";

/** Approved signatories of a published letter as JSON, public fields only. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const letter = await findPublicLetter(slug);
  if (!letter) return plainError(404, (await getTranslations("errors"))("NOT_FOUND"));
  return download(publicJson(letter), "application/json; charset=utf-8", `${fileStem(letter.slug)}-signatories.json`, "public");
}
