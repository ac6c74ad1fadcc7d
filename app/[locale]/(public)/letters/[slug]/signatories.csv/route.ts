import { getTranslations } from "next-intl/server";
import { publicExportResponse } from "@/lib/export/public-cache";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string }> };

/**
 * Approved signatories of a published letter as CSV, public fields only, with an ETag: a client
 * that sends it back gets 304 until the list changes (lib/export/public-cache.ts).
 */
export async function GET(request: Request, { params }: Params) {
  const { locale, slug } = await params;
  return publicExportResponse(request, slug, locale, "csv", async () => (await getTranslations("errors"))("NOT_FOUND"));
}

/** The same headers without the body, and without rendering it. */
export const HEAD = GET;
