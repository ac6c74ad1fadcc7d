// Kept apart from smtp.ts so browser-side test helpers can use it without loading an SMTP server.

/** Undoes the HTML escaping of an attribute value (React writes ' as &#x27;, our mail as &#39;). */
export const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The href of the <a> whose id attribute is `id`. Our templates write `<a id="..." href="...">`;
 * attribute order and quote style are not assumed.
 */
export function findLinkById(html: string, id: string): string | undefined {
  for (const [tag] of html.matchAll(/<a\b[^>]*>/gi)) {
    const tagId = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (!tagId || decodeEntities(tagId[1] ?? tagId[2]) !== id) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (href) return decodeEntities(href[1] ?? href[2]);
  }
  return undefined;
}
