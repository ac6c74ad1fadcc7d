import assert from "node:assert/strict";
import { test } from "node:test";
import { choosePdfEdition } from "@/lib/export/pdf-edition";
import { parsePdfOptions } from "@/lib/export/schema";
import { textDigest } from "@/lib/letters/translation-status";

const letter = { title: "Keep the Internet open", addressee: "Secretary-General, ITU", body: "We ask you.", language: "en" };
const translation = (locale: string, current = true) => ({
  locale,
  title: `title ${locale}`,
  addressee: `addressee ${locale}`,
  body: `body ${locale}`,
  sourceDigest: current ? textDigest(letter) : textDigest({ ...letter, body: "An earlier text." }),
});
// Stored alphabetically, as the query returns them; the PDF follows the order of the languages (ar, zh, en, fr, ru, es).
const translations = [translation("es", false), translation("fr"), translation("ar")];

const choose = (query: string) => {
  const options = parsePdfOptions(new URLSearchParams(query));
  assert.ok(options.success, query);
  return choosePdfEdition(letter, translations, options.data.language);
};

test("by default, and when asked for, the authoritative text in its own language", () => {
  for (const query of ["", "language=en"]) {
    const result = choose(query);
    assert.ok(result.ok);
    assert.equal(result.edition.locale, "en");
    assert.deepEqual(result.edition.sections.map((s) => [s.locale, s.kind, s.title]), [["en", "authoritative", letter.title]]);
  }
});

test("a language with a current translation: that translation alone, and the document in that language", () => {
  const result = choose("language=fr");
  assert.ok(result.ok);
  assert.equal(result.edition.locale, "fr");
  assert.equal(result.edition.authoritative, "en");
  assert.deepEqual(result.edition.sections.map((s) => [s.locale, s.kind, s.body]), [["fr", "translation", "body fr"]]);
});

test("a language whose translation is out of date, or missing, is refused rather than replaced", () => {
  assert.deepEqual(choose("language=es"), { ok: false, code: "NO_CURRENT_TRANSLATION" });
  assert.deepEqual(choose("language=ru"), { ok: false, code: "NO_CURRENT_TRANSLATION" });
});

test("language=all: the authoritative text first, then each current translation, in the order of the languages", () => {
  const result = choose("language=all");
  assert.ok(result.ok);
  assert.equal(result.edition.locale, "en");
  assert.deepEqual(result.edition.sections.map((s) => s.locale), ["en", "ar", "fr"]);
});

test("a letter written in French: French by default, English only through a current translation", () => {
  const french = { ...letter, language: "fr" };
  const english = { ...translation("en"), sourceDigest: textDigest(french) };
  const result = choosePdfEdition(french, [english], undefined);
  assert.ok(result.ok);
  assert.equal(result.edition.locale, "fr");
  const inEnglish = choosePdfEdition(french, [english], "en");
  assert.ok(inEnglish.ok);
  assert.deepEqual(inEnglish.edition.sections.map((s) => [s.locale, s.kind]), [["en", "translation"]]);
  assert.deepEqual(choosePdfEdition(french, [], "en"), { ok: false, code: "NO_CURRENT_TRANSLATION" });
});

test("an unknown language is invalid input", () => {
  assert.equal(parsePdfOptions(new URLSearchParams("language=de")).success, false);
  assert.equal(parsePdfOptions(new URLSearchParams("language=")).success, false);
});
