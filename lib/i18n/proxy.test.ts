import assert from "node:assert/strict";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { languageRoute } from "@/lib/i18n/proxy";

const APP_URL = "https://letters.example.org";
const route = (url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  languageRoute(new NextRequest(new URL(url, "http://forged.example"), init), APP_URL);

test("an address without a language goes to the reader's, with its query, on APP_URL's origin whatever the Host", () => {
  assert.deepEqual(route("/letters/x?page=3", { headers: { "accept-language": "ru" } }), {
    kind: "redirect", location: "https://letters.example.org/ru/letters/x?page=3",
  });
  assert.deepEqual(route("/", { headers: { cookie: "NEXT_LOCALE=ar", "accept-language": "fr" } }), {
    kind: "redirect", location: "https://letters.example.org/ar",
  });
});

test("an old link to a letter's CSV or JSON is redirected too; a file at the root is left to public/", () => {
  assert.deepEqual(route("/letters/x/signatories.csv"), { kind: "redirect", location: "https://letters.example.org/en/letters/x/signatories.csv" });
  assert.deepEqual(route("/robots.txt"), { kind: "other" });
  assert.deepEqual(route("/api/altcha"), { kind: "other" });
});

test("a page in a language passes its language and its path on; a post to a bare address is not replayed", () => {
  assert.deepEqual(route("/fr/letters/x/signatories.json?a=1"), { kind: "page", locale: "fr", path: "/letters/x/signatories.json?a=1" });
  assert.deepEqual(route("/zh"), { kind: "page", locale: "zh", path: "" });
  assert.deepEqual(route("/letters/x", { method: "POST" }), { kind: "other" });
});
