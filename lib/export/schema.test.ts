import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePdfOptions } from "@/lib/export/schema";

const parse = (query: string) => parsePdfOptions(new URLSearchParams(query));

test("PDF options default to alphabetical, without organisation types, signers at risk unnamed", () => {
  assert.deepEqual(parse("").data, { order: "alphabetical", includeType: false, nameAtRisk: false });
});

test("PDF options from the query string", () => {
  assert.deepEqual(parse("order=country&includeType=1").data, { order: "country", includeType: true, nameAtRisk: false });
  assert.deepEqual(parse("order=alphabetical&includeType=false&nameAtRisk=1").data, { order: "alphabetical", includeType: false, nameAtRisk: true });
});

test("unknown PDF options are refused", () => {
  assert.equal(parse("order=random").success, false);
  assert.equal(parse("includeType=maybe").success, false);
  assert.equal(parse("nameAtRisk=maybe").success, false);
});
