import assert from "node:assert/strict";
import { test } from "node:test";
import { tierFor } from "@/lib/signatures/tiers";

const now = new Date("2026-12-01T09:00:00Z");

test("a draft's signatories are its initial signatories", () => {
  assert.equal(tierFor({ status: "draft" }, now), "initial");
  assert.equal(tierFor({ status: "draft", publishAt: new Date("2026-12-01T09:00:01Z") }, now), "initial");
});

test("a draft whose publication hour has come is signed as a public letter", () => {
  assert.equal(tierFor({ status: "draft", publishAt: now }, now), "signatory");
});

test("a public letter before any delivery is signed by signatories", () => {
  assert.equal(tierFor({ status: "open" }, now), "signatory");
  assert.equal(tierFor({ status: "closed", deliveries: 0 }, now), "signatory");
});

test("after a delivery, whatever the status says, a signature is an endorsement", () => {
  assert.equal(tierFor({ status: "delivered" }, now), "endorsement");
  assert.equal(tierFor({ status: "open", deliveries: 1 }, now), "endorsement");
});
