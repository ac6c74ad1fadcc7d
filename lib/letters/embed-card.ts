import { createHash } from "node:crypto";

/**
 * What other sites may show of a letter without running our JavaScript: an SVG badge (an <img>)
 * and a small HTML card (an <iframe>), both made on the server from the letter's public fields.
 * Pure functions: the routes in app/[locale]/(public)/letters/[slug]/ read the letter and call them.
 * Every text is escaped here; the card runs no script at all.
 */
export type EmbedWords = {
  /** "Open letter": the badge's label and the card's kicker. */
  label: string;
  /** "1,234 organisations have signed." */
  count: string;
  /** "Read and sign", or "Read the letter" once it is closed. */
  action: string;
  siteName: string;
};

export type EmbedLetter = { title: string; url: string; lang: string; dir: "ltr" | "rtl" };

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The card's one stylesheet: its hash is the only style its CSP admits (embedHeaders in lib/http/security.ts). */
export const CARD_CSS = [
  "html,body{margin:0;background:transparent}",
  "body{font:15px/1.4 system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Naskh Arabic\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#1d1d1b}",
  ".card{display:block;box-sizing:border-box;max-width:480px;margin:0;padding:16px 18px;border:1px solid #dedbd3;border-radius:8px;background:#fff;color:inherit;text-decoration:none}",
  ".card:hover,.card:focus-visible{border-color:#1f4e79;outline:2px solid #1f4e79;outline-offset:-2px}",
  ".kicker{display:block;color:#5c5b57;font-size:13px}",
  ".title{display:block;margin:4px 0 8px;font-size:18px;line-height:1.3}",
  ".count{display:block;font-weight:600}",
  ".action{display:inline-block;margin-top:10px;padding:6px 12px;border-radius:6px;background:#1f4e79;color:#fff}",
  ".site{display:block;margin-top:10px;color:#5c5b57;font-size:12px}",
].join("");

/** The CSP source of CARD_CSS. */
export const CARD_STYLE_HASH = `'sha256-${createHash("sha256").update(CARD_CSS).digest("base64")}'`;

/** The card: a page with one link to the letter, opened outside the frame. */
export function cardHtml(letter: EmbedLetter, words: EmbedWords): string {
  const e = escapeXml;
  return `<!doctype html>
<html lang="${e(letter.lang)}" dir="${letter.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${e(letter.title)}</title><style>${CARD_CSS}</style></head>
<body><a class="card" href="${e(letter.url)}" target="_blank" rel="noopener"><span class="kicker">${e(words.label)}</span><strong class="title">${e(letter.title)}</strong><span class="count">${e(words.count)}</span><span class="action">${e(words.action)}</span><span class="site">${e(words.siteName)}</span></a></body>
</html>
`;
}

/**
 * Roughly how wide a text is at 11 px: the badge is sized from it, and `textLength` then fits each
 * text into its box whatever font the viewer has, as shields.io's badges do.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff00 && code <= 0xffef)) width += 11;
    else if (/\s/.test(ch)) width += 3.5;
    else if (/[ilI.,:;'|!]/.test(ch)) width += 3.5;
    else if (/[A-ZMWmw]/.test(ch)) width += 8;
    else width += 6.5;
  }
  return Math.ceil(width);
}

/** The badge: the label on a grey field, the count on the accent colour; mirrored for right-to-left. */
export function badgeSvg(letter: EmbedLetter, words: Pick<EmbedWords, "label" | "count">): string {
  const e = escapeXml;
  const pad = 8;
  const labelW = textWidth(words.label) + 2 * pad;
  const countW = textWidth(words.count) + 2 * pad;
  const width = labelW + countW;
  const rtl = letter.dir === "rtl";
  const labelX = rtl ? countW : 0;
  const countX = rtl ? 0 : labelW;
  const text = (x: number, w: number, content: string) =>
    `<text x="${x + w / 2}" y="19" textLength="${w - 2 * pad}" lengthAdjust="spacingAndGlyphs">${e(content)}</text>`;
  const name = `${letter.title}: ${words.count}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="28" viewBox="0 0 ${width} 28" role="img" aria-label="${e(name)}" lang="${e(letter.lang)}" direction="${letter.dir}">
<title>${e(name)}</title>
<clipPath id="r"><rect width="${width}" height="28" rx="5"/></clipPath>
<g clip-path="url(#r)"><rect x="${labelX}" width="${labelW}" height="28" fill="#5c5b57"/><rect x="${countX}" width="${countW}" height="28" fill="#1f4e79"/></g>
<g fill="#fff" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Naskh Arabic','PingFang SC','Microsoft YaHei',sans-serif" font-size="11">${text(labelX, labelW, words.label)}${text(countX, countW, words.count)}</g>
</svg>
`;
}

/** The two embeddable addresses of a letter: only they may be framed or used by another site. */
export const isEmbedPath = (pathname: string): boolean => /^\/[a-z]{2}\/letters\/[^/]+\/(embed|badge\.svg)$/.test(pathname);
