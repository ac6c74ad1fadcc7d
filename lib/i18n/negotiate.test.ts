import assert from "node:assert/strict";
import { test } from "node:test";
import { localeOfPath, preferredLocale } from "@/lib/i18n/negotiate";

test("a remembered choice wins over the browser's languages", () => {
  assert.equal(preferredLocale("fr-FR,fr;q=0.9", "ar"), "ar");
});

test("the browser's best language is matched to one of the six", () => {
  assert.equal(preferredLocale("fr-CA,fr;q=0.9,en;q=0.5", undefined), "fr");
  assert.equal(preferredLocale("de-DE,ru;q=0.8,en;q=0.6", undefined), "ru");
  assert.equal(preferredLocale("zh-TW", undefined), "zh");
  assert.equal(preferredLocale("es-419", undefined), "es");
  assert.equal(preferredLocale("ar-EG", undefined), "ar");
});

test("nothing usable gives English, and a broken header does not throw", () => {
  assert.equal(preferredLocale(null, undefined), "en");
  assert.equal(preferredLocale("de, ja;q=0.5", "xx"), "en");
  assert.equal(preferredLocale("*;q=0.1, !!!", undefined), "en");
});

test("the language of an address is its first segment, and only one of the six", () => {
  assert.equal(localeOfPath("/fr/letters/x"), "fr");
  assert.equal(localeOfPath("/ar"), "ar");
  assert.equal(localeOfPath("/letters/x"), null);
  assert.equal(localeOfPath("/de/letters/x"), null);
});
