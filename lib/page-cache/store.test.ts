import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { ALL_LETTERS, cachedPage, inlineScriptHashes, PageStore } from "@/lib/page-cache/store";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const page = (html: string, letter = "a", expiresAt = Date.now() + 60_000) => cachedPage(html, { "content-type": "text/html" }, letter, expiresAt);

test("every inline script is named by its hash; script files and their attributes are not", () => {
  const html = `<script src="/_next/a.js" async></script><script>self.__next_f=[]</script><p>x</p><script id="j" type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"\\u003c/p>"])</script>`;
  assert.deepEqual(inlineScriptHashes(html), [sha("self.__next_f=[]"), sha('{"a":1}'), sha('self.__next_f.push([1,"\\u003c/p>"])')]);
});

test("a cached page keeps the bytes and a strong ETag of the content", () => {
  const a = page("<p>é</p>");
  assert.equal(a.html.toString("utf8"), "<p>é</p>");
  assert.match(a.etag, /^"[\w-]+"$/);
  assert.equal(page("<p>é</p>").etag, a.etag);
  assert.notEqual(page("<p>e</p>").etag, a.etag);
});

test("concurrent readers of a missing page share one render", async () => {
  const store = new PageStore(1 << 20);
  let renders = 0;
  const render = async () => (renders++, page("<p>1</p>"));
  const pages = await Promise.all(Array.from({ length: 20 }, () => store.fill("/en/letters/a", "a", render)));
  assert.equal(renders, 1);
  assert.ok(pages.every((p) => p === pages[0]));
  assert.equal(store.get("/en/letters/a"), pages[0]);
});

test("a change drops the letter's pages and every page listing letters, not other letters'", async () => {
  const store = new PageStore(1 << 20);
  await store.fill("/en/letters/a", "a", async () => page("a", "a"));
  await store.fill("/en/letters/b", "b", async () => page("b", "b"));
  await store.fill("/en", ALL_LETTERS, async () => page("home", ALL_LETTERS));
  store.changed("a");
  assert.equal(store.get("/en/letters/a"), undefined);
  assert.equal(store.get("/en"), undefined);
  assert.ok(store.get("/en/letters/b"));
});

test("a render that started before a change is answered but never stored", async () => {
  const store = new PageStore(1 << 20);
  let finish!: () => void;
  const slow = store.fill("/en/letters/a", "a", () => new Promise((resolve) => (finish = () => resolve(page("old")))));
  store.changed("a");
  // A reader arriving after the change gets a render of its own, not the old one.
  const fresh = store.fill("/en/letters/a", "a", async () => page("new"));
  finish();
  assert.equal((await slow)!.html.toString(), "old");
  assert.equal((await fresh)!.html.toString(), "new");
  assert.equal(store.get("/en/letters/a")!.html.toString(), "new");

  let finishOther!: () => void;
  const other = store.fill("/en/letters/c", "c", () => new Promise((resolve) => (finishOther = () => resolve(page("c", "c")))));
  store.clear();
  finishOther();
  await other;
  assert.equal(store.get("/en/letters/c"), undefined);
});

test("a page past its time is rendered again; a failed render is not stored", async () => {
  const store = new PageStore(1 << 20);
  await store.fill("/en/letters/a", "a", async () => page("x", "a", Date.now() - 1));
  assert.equal(store.get("/en/letters/a"), undefined);
  assert.equal(await store.fill("/en/letters/a", "a", async () => null), null);
  assert.equal(store.size.pages, 0);
});

test("the store stays within its bytes, dropping the least recently read first", async () => {
  const body = "x".repeat(10_000);
  const one = page(body);
  const store = new PageStore(one.html.length * 2);
  await store.fill("/1", "a", async () => page(body));
  await store.fill("/2", "a", async () => page(body));
  store.get("/1");
  await store.fill("/3", "a", async () => page(body));
  assert.ok(store.get("/1"));
  assert.equal(store.get("/2"), undefined);
  assert.ok(store.get("/3"));
  assert.ok(store.size.bytes <= one.html.length * 2);
});
