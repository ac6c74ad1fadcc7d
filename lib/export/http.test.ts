// The one "body, its content-hash ETag, 304 when If-None-Match matches" answer that the embeds, the
// share image and the page cache give.
import assert from "node:assert/strict";
import { test } from "node:test";
import { contentEtag, withEtag } from "@/lib/export/http";

const request = (method: string, ifNoneMatch?: string) =>
  new Request("http://localhost/x", { method, headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

test("a content ETag is quoted, stable, and changes with the content", () => {
  assert.match(contentEtag("a"), /^"[A-Za-z0-9_-]{32}"$/);
  assert.equal(contentEtag("a"), contentEtag(new TextEncoder().encode("a")));
  assert.notEqual(contentEtag("a"), contentEtag("b"));
  assert.equal(contentEtag("a", 27).length, 29);
});

test("200 with the body and the ETag; 304 without a body (and without making it) when If-None-Match names it; HEAD without a body", async () => {
  const etag = contentEtag("hello");
  let made = 0;
  const body = () => { made++; return "hello"; };
  const headers = { "Content-Type": "text/plain", "Cache-Control": "no-cache" };

  const ok = await withEtag(request("GET"), etag, headers, body);
  assert.equal(ok.status, 200);
  assert.equal(await ok.text(), "hello");
  assert.equal(ok.headers.get("etag"), etag);
  assert.equal(ok.headers.get("cache-control"), "no-cache");

  for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
    const same = await withEtag(request("GET", header), etag, headers, body);
    assert.equal(same.status, 304, header);
    assert.equal(await same.text(), "");
    assert.equal(same.headers.get("etag"), etag);
    assert.equal(same.headers.get("content-type"), "text/plain");
  }
  assert.equal((await withEtag(request("GET", '"other"'), etag, headers, body)).status, 200);

  const head = await withEtag(request("HEAD"), etag, headers, body);
  assert.equal(head.status, 200);
  assert.equal(head.body, null);
  assert.equal(head.headers.get("etag"), etag);
  assert.equal(made, 2, "the body is made for the two 200s to a GET only");
});
