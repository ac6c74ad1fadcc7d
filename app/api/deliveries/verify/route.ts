import { env } from "@/lib/env";
import { hashUpload } from "@/lib/deliveries/verify";
import { localeOr, pathIn } from "@/lib/i18n/locales";
import { SLUG_PATTERN } from "@/lib/letters/schema";

export const dynamic = "force-dynamic";

/**
 * The upload half of a delivery page's check (the page itself answers a pasted SHA-256): the file
 * is hashed within a size cap and dropped, and the reader is sent back to the delivery page with
 * its SHA-256, where the answer is given. Under /api/ because proxy.ts caps posts to pages at the
 * size of a form (a PDF is larger). Works without JavaScript: a plain multipart form post.
 */
export async function POST(request: Request) {
  // Which delivery is in the form's address, so even a refused upload finds its way back.
  const target = new URL(request.url).searchParams;
  const slug = target.get("slug") ?? "";
  const sequence = target.get("sequence") ?? "";
  if (!SLUG_PATTERN.test(slug) || !/^[1-9]\d{0,5}$/.test(sequence)) {
    return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { verdict } = await hashUpload(request);
  const query = verdict.ok ? `sha256=${verdict.sha256}&checked=file` : `problem=${verdict.problem}`;
  const page = pathIn(localeOr(target.get("locale")), `/letters/${slug}/deliveries/${sequence}`);
  return new Response(null, { status: 303, headers: { Location: new URL(`${page}?${query}#verify`, env.APP_URL).toString(), "Cache-Control": "no-store" } });
}
