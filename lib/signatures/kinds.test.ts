import assert from "node:assert/strict";
import { test } from "node:test";
import { countMessage, kindsOf, letterTakes } from "./kinds";

test("a letter takes organisations unless its coordinator chose otherwise", () => {
  assert.deepEqual(kindsOf("organisations"), ["organisation"]);
  assert.deepEqual(kindsOf("individuals"), ["individual"]);
  assert.deepEqual(kindsOf("both"), ["organisation", "individual"]);
  assert.deepEqual(kindsOf("anything else"), ["organisation"]);
  assert.equal(letterTakes("organisations", "individual"), false);
  assert.equal(letterTakes("both", "individual"), true);
});

test("where the lists are not shown, a letter that takes individuals is counted in signatures, not organisations", () => {
  assert.equal(countMessage("organisations"), "signatoryCount");
  assert.equal(countMessage("both"), "signerCount");
  assert.equal(countMessage("individuals"), "signerCount");
});
