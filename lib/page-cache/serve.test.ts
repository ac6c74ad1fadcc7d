import assert from "node:assert/strict";
import { test } from "node:test";
import { pageAddress } from "@/lib/page-cache/serve";
import { ALL_LETTERS } from "@/lib/page-cache/store";

const letters = new Map([["itu-2014", { version: "1", approvedCount: 250, deadline: null }]]);
const address = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  pageAddress(method, new URL(path, "http://localhost"), new Headers(headers), letters);

test("a letter's page, any list page, any language, is one cache entry per page it shows", () => {
  assert.deepEqual(address("/fr/letters/itu-2014"), { key: "/fr/letters/itu-2014", letter: "itu-2014" });
  assert.deepEqual(address("/ar/letters/itu-2014?page=2"), { key: "/ar/letters/itu-2014?page=2", letter: "itu-2014" });
  // The individuals' list pages on its own, beside the organisations'.
  assert.equal(address("/en/letters/itu-2014?ipage=2&page=3&utm_source=x")!.key, "/en/letters/itu-2014?page=3&ipage=2");
  assert.equal(address("/en/letters/itu-2014?ipage=1")!.key, "/en/letters/itu-2014");
  // 250 signatories make three pages: past the end is the last, nonsense is the first.
  assert.equal(address("/en/letters/itu-2014?page=999")!.key, "/en/letters/itu-2014?page=3");
  assert.equal(address("/en/letters/itu-2014?page=1")!.key, "/en/letters/itu-2014");
  assert.equal(address("/en/letters/itu-2014?page=abc&utm_source=x")!.key, "/en/letters/itu-2014");
  assert.deepEqual(address("/zh"), { key: "/zh", letter: ALL_LETTERS });
  assert.ok(address("/en/letters/itu-2014", {}, "HEAD"));
});

test("drafts, unknown letters, other pages, writes and React's own requests are not served from the cache", () => {
  assert.equal(address("/en/letters/a-draft"), null);
  assert.equal(address("/en/letters/itu-2014/signed"), null);
  assert.equal(address("/en/coordinator"), null);
  assert.equal(address("/xx/letters/itu-2014"), null);
  assert.equal(address("/en/letters/itu-2014", {}, "POST"), null);
  assert.equal(address("/en/letters/itu-2014", { rsc: "1" }), null);
  assert.equal(address("/en/letters/itu-2014", { "next-router-prefetch": "1" }), null);
  assert.equal(address("/en/letters/itu-2014?_rsc=abc"), null);
});
