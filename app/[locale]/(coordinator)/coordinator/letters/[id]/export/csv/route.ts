import { getTranslations } from "next-intl/server";
import { letterAccess } from "@/lib/auth/session";
import { coordinatorCsv } from "@/lib/export/csv";
import { download, fileStem, plainError, today } from "@/lib/export/http";
import { findLetterForExport } from "@/lib/export/queries";

export const dynamic = "force-dynamic";

/** Every signature with private contact fields and statuses: the letter's coordinators only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("errors");
  const access = await letterAccess(id);
  if (!access.ok) return plainError(access.status, t(access.status === 401 ? "UNAUTHENTICATED" : "NOT_FOUND"));
  const letter = await findLetterForExport(access.letter);
  if (!letter) return plainError(404, t("NOT_FOUND"));
  const filename = `${fileStem(letter.slug)}-signatures-${today()}.csv`;
  return download(coordinatorCsv(letter.id), "text/csv; charset=utf-8; header=present", filename, "coordinator");
}
