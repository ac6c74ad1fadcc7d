import assert from "node:assert/strict";
import { test } from "node:test";
import { readingText, textDigest, translationState } from "@/lib/letters/translation-status";

const letter = { title: "Open the forum", addressee: "Secretary-General, ITU", body: "We ask…", language: "en" as const };
const french = { locale: "fr", title: "Ouvrez le forum", addressee: "Secrétaire général, UIT", body: "Nous demandons…", sourceDigest: textDigest(letter) };

test("a translation of the text as it is now is current; any change to the title, addressee or body outdates it", () => {
  assert.equal(translationState(french, letter), "current");
  assert.equal(translationState(french, { ...letter, body: "We ask, again…" }), "outdated");
  assert.equal(translationState(french, { ...letter, addressee: "Secretary-General" }), "outdated");
  assert.equal(translationState(french, { ...letter, title: "Open the Forum" }), "outdated");
});

test("the digest does not run fields together: moving text between fields changes it", () => {
  assert.notEqual(textDigest({ title: "ab", addressee: "c", body: "" }), textDigest({ title: "a", addressee: "bc", body: "" }));
});

test("a reader gets their language when a current translation exists, else the authoritative text with the reason", () => {
  assert.deepEqual(readingText(letter, [french], "fr"), {
    title: french.title, addressee: french.addressee, body: french.body, locale: "fr", kind: "translation", note: null,
  });
  assert.equal(readingText(letter, [french], "en").kind, "authoritative");
  assert.equal(readingText(letter, [french], "en").note, null);
  assert.deepEqual([readingText(letter, [french], "ar").kind, readingText(letter, [french], "ar").note], ["authoritative", "missing"]);
  const changed = { ...letter, body: "We ask, again…" };
  const outdated = readingText(changed, [french], "fr");
  assert.deepEqual([outdated.kind, outdated.note, outdated.body, outdated.locale], ["authoritative", "outdated", changed.body, "en"]);
});
