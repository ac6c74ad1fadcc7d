import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePdfOptions } from "@/lib/export/schema";

const parse = (query: string) => parsePdfOptions(new URLSearchParams(query));

test("PDF options default to alphabetical without organisation types", () => {
  assert.deepEqual(parse("").data, { order: "alphabetical", includeType: false });
});

test("PDF options from the query string", () => {
  assert.deepEqual(parse("order=country&includeType=1").data, { order: "country", includeType: true });
  assert.deepEqual(parse("order=alphabetical&includeType=false").data, { order: "alphabetical", includeType: false });
});

test("unknown PDF options are refused", () => {
  assert.equal(parse("order=random").success, false);
  assert.equal(parse("includeType=maybe").success, false);
});
