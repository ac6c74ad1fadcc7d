import assert from "node:assert/strict";
import { test } from "node:test";
import { deliveryConfirmSchema, deliveryFormSchema } from "@/lib/deliveries/schema";

const form = { deliveredOn: "2026-11-02", recipient: "Office of the Secretary-General, ITU", method: "post" };

test("the optional answers may be left out or blank; they read as none", () => {
  const parsed = deliveryFormSchema.parse(form);
  assert.deepEqual([parsed.reference, parsed.note, parsed.endorsementsOpen, parsed.order, parsed.includeType], [null, null, false, "alphabetical", false]);
  assert.deepEqual(deliveryFormSchema.parse({ ...form, reference: "  ", note: "", endorsementsOpen: "1" }).endorsementsOpen, true);
  assert.equal(deliveryFormSchema.parse({ ...form, reference: "  ", note: "" }).reference, null);
});

test("what is missing or wrong is named per field", () => {
  const codes = (input: object) => Object.fromEntries(deliveryFormSchema.safeParse(input).error!.issues.map((i) => [i.path[0], i.message]));
  assert.deepEqual(codes({}), { deliveredOn: "REQUIRED", recipient: "REQUIRED", method: "REQUIRED" });
  assert.deepEqual(codes({ ...form, deliveredOn: "02/11/2026", recipient: " ", method: "pigeon" }), { deliveredOn: "INVALID_VALUE", recipient: "REQUIRED", method: "REQUIRED" });
  const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
  assert.deepEqual(codes({ ...form, deliveredOn: nextYear }), { deliveredOn: "INVALID_VALUE" }, "a delivery is recorded once it happened");
  assert.deepEqual(codes({ ...form, note: "x".repeat(501) }), { note: "TOO_LONG" });
});

test("the confirmation's figures are whole numbers as posted: a blank one is not zero", () => {
  const ok = deliveryConfirmSchema.parse({ ...form, expectedVersion: "2", expectedCount: "0" });
  assert.deepEqual([ok.expectedVersion, ok.expectedCount], [2, 0]);
  for (const bad of [{ expectedCount: "" }, { expectedCount: " " }, { expectedCount: "-1" }, { expectedCount: "1e3" }, { expectedVersion: "0" }, { expectedVersion: "" }]) {
    assert.equal(deliveryConfirmSchema.safeParse({ ...form, expectedVersion: "1", expectedCount: "0", ...bad }).success, false, JSON.stringify(bad));
  }
  assert.equal(deliveryConfirmSchema.safeParse(form).success, false, "figures left out");
});
