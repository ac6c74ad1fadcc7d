import "server-only";
import { contentEtag, plainError, withEtag } from "@/lib/export/http";
import { translatorFor } from "@/lib/i18n/translator";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { getPublicLetter } from "@/lib/letters/queries";
import { readingText } from "@/lib/letters/translation-status";
import { renderShareImage, type ShareImageData } from "@/lib/share/image";
import { countMessage } from "@/lib/signatures/kinds";

/**
 * Sites that show a link's card fetch its image once and keep it; five minutes is fresh enough for
 * a count, and a burst of shares asks the thread for one image per letter, language and count.
 */
const SHARE_CACHE_CONTROL = "public, max-age=300";

/** Images made lately, by what they show: a count that has not moved is not drawn again. */
const MAX_ENTRIES = 32;
const made = new Map<string, Promise<Uint8Array>>();

function imageOf(data: ShareImageData): Promise<Uint8Array> {
  const key = JSON.stringify(data);
  let image = made.get(key);
  if (!image) {
    image = renderShareImage(data);
    made.set(key, image);
    image.catch(() => made.delete(key));
    for (const oldest of made.keys()) {
      if (made.size <= MAX_ENTRIES) break;
      made.delete(oldest);
    }
  }
  return image;
}

/** The words and script of a letter's share image for a reader of `locale`, or null for a draft or an unknown letter. */
export async function shareImageData(slug: string, locale: Locale): Promise<ShareImageData | null> {
  const letter = await getPublicLetter(slug);
  if (!letter) return null;
  const text = readingText(letter, letter.translations, locale);
  const [t, letters, common] = await Promise.all([
    translatorFor("embed", locale),
    translatorFor("letters", locale),
    translatorFor("common", locale),
  ]);
  return {
    title: text.title,
    label: t("label"),
    count: letters(countMessage(letter.signerKinds), { count: letter.approvedCount }),
    site: common("siteName"),
    lang: locale,
    rtl: directionOf(locale) === "rtl",
  };
}

/** The PNG of a public letter's share image, with an ETag of what it shows. */
export async function shareImageResponse(request: Request, slug: string, locale: Locale): Promise<Response> {
  const data = await shareImageData(slug, locale);
  if (!data) return plainError(404, (await translatorFor("errors", locale))("NOT_FOUND"));
  // The ETag is of what the image shows, so a revalidation renders nothing.
  return withEtag(request, contentEtag(JSON.stringify(data)), { "Content-Type": "image/png", "Cache-Control": SHARE_CACHE_CONTROL }, async () => (await imageOf(data)) as BodyInit);
}
