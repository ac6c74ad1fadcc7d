import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalEmail } from "@/lib/email-address";

test("one mailbox, one canonical address", () => {
  assert.equal(canonicalEmail("Ana.Example+letters@GMail.com"), "anaexample@gmail.com");
  assert.equal(canonicalEmail("ana.example@googlemail.com"), "anaexample@gmail.com");
  assert.equal(canonicalEmail("Ana+x@Outlook.com"), "ana@outlook.com");
  // Providers that do not promise to ignore dots or tags keep them: they may be other people.
  assert.equal(canonicalEmail("ana.example+x@article19.org"), "ana.example+x@article19.org");
});
