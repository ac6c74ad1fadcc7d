import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { badgeSvg, CARD_CSS, CARD_STYLE_HASH, cardHtml, isEmbedPath, textWidth } from "@/lib/letters/embed-card";

const letter = { title: `Keep <it> "open" & free`, url: "https://undersigned.example/en/letters/keep-it-open", lang: "en", dir: "ltr" as const };
const words = { label: "Open letter", count: "1,234 signatures", action: "Read and sign", siteName: "Undersigned" };

test("the card escapes the title and opens the letter outside the frame, with no script", () => {
  const html = cardHtml(letter, words);
  assert.match(html, /Keep &lt;it&gt; &quot;open&quot; &amp; free/);
  assert.doesNotMatch(html, /<it>/);
  assert.match(html, /<a class="card" href="https:\/\/undersigned\.example\/en\/letters\/keep-it-open" target="_blank" rel="noopener">/);
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /<meta name="robots" content="noindex">/);
});

test("the card's one stylesheet is the one its CSP hash names", () => {
  const style = /<style>([\s\S]*?)<\/style>/.exec(cardHtml(letter, words))![1];
  assert.equal(style, CARD_CSS);
  assert.equal(CARD_STYLE_HASH, `'sha256-${createHash("sha256").update(style).digest("base64")}'`);
});

test("an Arabic card is right to left, in its language", () => {
  const html = cardHtml({ ...letter, title: "رسالة إلى الأمين العام", lang: "ar", dir: "rtl" }, { ...words, label: "رسالة مفتوحة" });
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.match(html, /رسالة إلى الأمين العام/);
});

test("the badge names the letter and its count for screen readers, and mirrors for right to left", () => {
  const ltr = badgeSvg(letter, words);
  assert.match(ltr, /aria-label="Keep &lt;it&gt; &quot;open&quot; &amp; free: 1,234 signatures"/);
  const rects = (svg: string) => [...svg.matchAll(/<rect x="(\d+(?:\.\d+)?)" width="(\d+)" height="28" fill="(#[0-9a-f]+)"\/>/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]), fill: m[3] }));
  const [labelL, countL] = rects(ltr);
  assert.equal(labelL.x, 0);
  assert.equal(countL.x, labelL.width);
  const rtl = badgeSvg({ ...letter, lang: "ar", dir: "rtl" }, { label: "رسالة مفتوحة", count: "١٬٢٣٤ توقيعًا" });
  const [labelR, countR] = rects(rtl);
  assert.equal(countR.x, 0, "the count is on the left when the label reads from the right");
  assert.equal(labelR.x, countR.width);
  assert.match(rtl, /direction="rtl"/);
});

test("Chinese is measured wider than Latin, so its text is not squeezed", () => {
  assert.ok(textWidth("公开信") > textWidth("abc"));
  assert.equal(textWidth(""), 0);
});

test("only a letter's card and badge are embeddable addresses", () => {
  assert.ok(isEmbedPath("/en/letters/keep-it-open/embed"));
  assert.ok(isEmbedPath("/ar/letters/keep-it-open/badge.svg"));
  for (const path of ["/en/letters/keep-it-open", "/en/letters/keep-it-open/embed/x", "/en/coordinator/letters/x/embed", "/en/letters/a/b/embed", "/embed"]) {
    assert.ok(!isEmbedPath(path), path);
  }
});
