import { localeOr } from "@/lib/i18n/locales";
import { embedResponse } from "@/lib/letters/embed";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string }> };

/**
 * The letter's badge: an SVG other sites show with <img>, its label and count in the address's language.
 */
export async function GET(request: Request, { params }: Params) {
  const { locale, slug } = await params;
  return embedResponse(request, slug, localeOr(locale), "badge");
}

export const HEAD = GET;
