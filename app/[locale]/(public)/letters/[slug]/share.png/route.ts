import { localeOr } from "@/lib/i18n/locales";
import { shareImageResponse } from "@/lib/share/response";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; slug: string }> };

/** The letter's share image (Open Graph, Twitter card) in the address's language: lib/share/. */
export async function GET(request: Request, { params }: Params) {
  const { locale, slug } = await params;
  return shareImageResponse(request, slug, localeOr(locale));
}

export const HEAD = GET;
