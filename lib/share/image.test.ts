import assert from "node:assert/strict";
import { after, test } from "node:test";
import { db } from "@/lib/db";
import { seedLetter } from "@/lib/testing/seed";
import { renderShareImage, renderShareSvg, stopShareImages, type ShareImageData } from "@/lib/share/image";
import { shareImageData } from "@/lib/share/response";

after(stopShareImages);

const base: ShareImageData = { title: "", label: "Open letter", count: "12 organisations have signed.", site: "Undersigned", lang: "en", rtl: false };
const TITLES = {
  latin: "Civil society asks the ITU Secretary-General for a seat at the World Telecommunication Policy Forum",
  arabic: "رسالة مفتوحة إلى الأمين العام للاتحاد الدولي للاتصالات",
  chinese: "致国际电信联盟秘书长的公开信",
};

/** Width and height from a PNG's header. */
const pngSize = (png: Uint8Array) => {
  const view = Buffer.from(png);
  assert.equal(view.subarray(1, 4).toString("latin1"), "PNG");
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
};

/** Distinct glyphs Typst drew: a script without a font collapses into one "missing glyph" box. */
const glyphs = (svg: string) => new Set(svg.match(/<symbol id="[^"]+"/g)).size;

test("a share image is a 1200 x 630 PNG, different for each title, in Latin, Arabic and Chinese", async () => {
  const images = await Promise.all(
    Object.entries(TITLES).map(async ([script, title]) => ({ script, png: await renderShareImage({ ...base, title, rtl: script === "arabic" }) })),
  );
  for (const { script, png } of images) assert.deepEqual(pngSize(png), { width: 1200, height: 630 }, script);
  assert.equal(new Set(images.map((i) => Buffer.from(i.png).toString("base64"))).size, 3);
});

test("every script of a title is drawn with its own glyphs, and a script without a font would show", async () => {
  const only = { ...base, label: "", count: "", site: "" };
  // Each title's distinct letters (Arabic letters take contextual forms, so at least as many glyphs).
  for (const [script, title] of Object.entries(TITLES)) {
    const letters = new Set([...title.replace(/\s/g, "")]).size;
    assert.ok(glyphs(await renderShareSvg({ ...only, title, rtl: script === "arabic" })) >= letters, script);
  }
  // The check can fail: Devanagari has no font here, and all its letters become one box.
  const hindi = "अंतर्राष्ट्रीय दूरसंचार संघ";
  assert.ok(glyphs(await renderShareSvg({ ...only, title: hindi })) < new Set([...hindi.replace(/\s/g, "")]).size);
});

test("the image's words come in the page's language, and a draft has no image", async () => {
  const letter = await seedLetter(db, { title: "Keep the Internet open", signatures: [{ orgName: "A", status: "approved" }, { orgName: "B", status: "approved" }] });
  const arabic = await shareImageData(letter.slug, "ar");
  assert.deepEqual(arabic, { title: "Keep the Internet open", label: "رسالة مفتوحة", count: "وقّعت منظمتان.", site: "Undersigned", lang: "ar", rtl: true });
  assert.equal((await shareImageData(letter.slug, "fr"))?.count, "2 organisations ont signé.");
  const draft = await seedLetter(db, { status: "draft" });
  assert.equal(await shareImageData(draft.slug, "en"), null);
});
