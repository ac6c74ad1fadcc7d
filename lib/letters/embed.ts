import "server-only";
import { env } from "@/lib/env";
import { contentEtag, plainError, withEtag } from "@/lib/export/http";
import { translatorFor } from "@/lib/i18n/translator";
import { directionOf, pathIn, type Locale } from "@/lib/i18n/locales";
import { badgeSvg, cardHtml, type EmbedLetter } from "@/lib/letters/embed-card";
import { getPublicLetter } from "@/lib/letters/queries";
import { isSignable } from "@/lib/letters/status";
import { readingText } from "@/lib/letters/translation-status";
import { countMessage } from "@/lib/signatures/kinds";

export type EmbedKind = "badge" | "card";

/**
 * Other sites show these on every page view, so browsers and caches may keep them a minute: a
 * count a minute old is still right enough, and the letter's page is one click away.
 */
const EMBED_CACHE_CONTROL = "public, max-age=60";

const TYPES: Record<EmbedKind, string> = { badge: "image/svg+xml; charset=utf-8", card: "text/html; charset=utf-8" };

/**
 * The badge or the card of a public letter in the reader's language (the text they would read on
 * the page: a current translation, else the authoritative text), with an ETag of its bytes.
 * A draft or an unknown letter is a 404, as its page is.
 */
export async function embedResponse(request: Request, slug: string, locale: Locale, kind: EmbedKind): Promise<Response> {
  const letter = await getPublicLetter(slug);
  if (!letter) return plainError(404, (await translatorFor("errors", locale))("NOT_FOUND"));
  const t = await translatorFor("embed", locale);
  const text = readingText(letter, letter.translations, locale);
  const embed: EmbedLetter = {
    title: text.title,
    url: new URL(pathIn(locale, `/letters/${letter.slug}`), env.APP_URL).toString(),
    lang: text.locale,
    dir: directionOf(text.locale),
  };
  const body =
    kind === "badge"
      ? badgeSvg({ ...embed, lang: locale, dir: directionOf(locale) }, { label: t("label"), count: t("badgeCount", { count: letter.approvedCount }) })
      : cardHtml(embed, {
          label: t("label"),
          count: (await translatorFor("letters", locale))(countMessage(letter.signerKinds), { count: letter.approvedCount }),
          action: isSignable(letter) ? t("readAndSign") : t("readLetter"),
          siteName: (await translatorFor("common", locale))("siteName"),
        });
  return withEtag(request, contentEtag(body), { "Content-Type": TYPES[kind], "Cache-Control": EMBED_CACHE_CONTROL }, () => body);
}
