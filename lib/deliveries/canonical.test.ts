import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalList, newcomers, parseCanonicalList, parseSha256, sha256Hex, type CanonicalEntry } from "@/lib/deliveries/canonical";

const a: CanonicalEntry = { name: "Access Now", country: "US", type: "civil_society", website: "https://accessnow.org", tier: "signatory" };
const b: CanonicalEntry = { name: "مؤسسة", country: "EG", type: "academic", website: null, tier: "endorsement" };

test("the canonical list is one exact text: fixed key order, no spaces, UTF-8 as is", () => {
  const text = canonicalList([a, b]);
  assert.equal(
    text,
    '[{"name":"Access Now","country":"US","type":"civil_society","website":"https://accessnow.org","tier":"signatory"},' +
      '{"name":"مؤسسة","country":"EG","type":"academic","website":null,"tier":"endorsement"}]',
  );
  // The same entry built with its keys in another order, and with extra fields, gives the same bytes.
  const shuffled = { tier: "signatory", website: "https://accessnow.org", type: "civil_society", country: "US", name: "Access Now", email: "x@y.z" } as CanonicalEntry;
  assert.equal(canonicalList([shuffled, b]), text);
  assert.ok(!canonicalList([shuffled]).includes("x@y.z"), "only the five public fields are written");
  assert.deepEqual(parseCanonicalList(text), [a, b]);
});

test("its SHA-256 is the one sha256sum prints for those bytes", () => {
  // printf '[]' | sha256sum
  assert.equal(sha256Hex(canonicalList([])), "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
  assert.equal(sha256Hex(Buffer.from("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("a supplement lists only those not delivered before, counting duplicates", () => {
  const c = { ...a, name: "Renamed Org" };
  assert.deepEqual(newcomers([a, b, c], [[a]]), [b, c]);
  assert.deepEqual(newcomers([a, b], [[a], [b]]), []);
  assert.deepEqual(newcomers([a, a], [[a]]), [a], "two identical entries, one delivered: one is new");
});

test("a pasted SHA-256 is read leniently, anything else is refused", () => {
  const hex = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";
  assert.equal(parseSha256(`  ${hex}  letter.pdf\n`), hex.toLowerCase(), "sha256sum's output line, pasted whole");
  assert.equal(parseSha256("abc"), null);
  assert.equal(parseSha256(`${hex}0`), null);
  assert.equal(parseSha256(undefined), null);
});
