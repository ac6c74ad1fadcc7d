import { getTranslations } from "next-intl/server";
import { letterAccess } from "@/lib/auth/session";
import { download, plainError } from "@/lib/export/http";
import { csvTemplate } from "@/lib/import/csv";

export const dynamic = "force-dynamic";

/** The import template: the columns and one example row. Nothing of the letter is in it; it is served to its coordinators all the same. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("errors");
  const access = await letterAccess(id);
  if (!access.ok) return plainError(access.status, t(access.status === 401 ? "UNAUTHENTICATED" : "NOT_FOUND"));
  return download(csvTemplate(), "text/csv; charset=utf-8; header=present", "signatures-template.csv", "coordinator");
}
