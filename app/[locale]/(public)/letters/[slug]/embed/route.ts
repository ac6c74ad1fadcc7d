import { localeOr } from "@/lib/i18n/locales";
import { embedResponse } from "@/lib/letters/embed";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string }> };

/**
 * The letter's card: a small HTML page other sites show in an <iframe>, with no script; the only
 * address besides the badge that another site may frame (lib/http/security.ts, embedHeaders).
 */
export async function GET(request: Request, { params }: Params) {
  const { locale, slug } = await params;
  return embedResponse(request, slug, localeOr(locale), "card");
}

export const HEAD = GET;
