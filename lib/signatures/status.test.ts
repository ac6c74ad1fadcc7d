import assert from "node:assert/strict";
import { test } from "node:test";
import {
  approvedCountDelta,
  AWAITING_REVIEW_STATUS,
  canTransition,
  INITIAL_SIGNATURE_STATUS,
  isPublic,
  transition,
} from "@/lib/signatures/status";

test("a signature counts only after confirmation and approval", () => {
  assert.deepEqual(transition("pending_confirmation", "confirm"), { ok: true, from: "pending_confirmation", to: "confirmed" });
  assert.equal(canTransition("pending_confirmation", "approve"), false, "unconfirmed signatures cannot be approved");
  assert.equal(canTransition("confirmed", "approve"), true);
  assert.equal(canTransition("confirmed", "reject"), true);
});

test("impossible moves are refused with a code, not written", () => {
  assert.deepEqual(transition("rejected", "confirm"), {
    ok: false,
    code: "INVALID_TRANSITION",
    from: "rejected",
    event: "confirm",
  });
  assert.equal(canTransition("withdrawn", "approve"), false);
  assert.equal(canTransition("rejected", "withdraw"), false);
  assert.equal(canTransition("approved", "confirm"), false);
});

test("coordinators may change their mind; signers may withdraw and sign again", () => {
  assert.equal(canTransition("rejected", "approve"), true);
  assert.equal(canTransition("approved", "reject"), true);
  assert.equal(canTransition("approved", "withdraw"), true);
  assert.equal(canTransition("withdrawn", "resubmit"), true);
  assert.equal(canTransition("confirmed", "resubmit"), false);
});

test("an unconfirmed signer who signs again starts over; a confirmed one cannot", () => {
  assert.deepEqual(transition("pending_confirmation", "resubmit"), { ok: true, from: "pending_confirmation", to: "pending_confirmation" });
  assert.equal(canTransition("approved", "resubmit"), false);
  assert.equal(canTransition("rejected", "resubmit"), false);
});

test("a new signature is private until a coordinator approves it", () => {
  assert.equal(isPublic(INITIAL_SIGNATURE_STATUS), false);
  assert.equal(isPublic(AWAITING_REVIEW_STATUS), false);
  const approved = transition(AWAITING_REVIEW_STATUS, "approve");
  assert.ok(approved.ok && isPublic(approved.to));
});

test("the public count moves only when a signature enters or leaves approved", () => {
  assert.equal(approvedCountDelta("confirmed", "approved"), 1);
  assert.equal(approvedCountDelta("approved", "rejected"), -1);
  assert.equal(approvedCountDelta("approved", "withdrawn"), -1);
  assert.equal(approvedCountDelta("confirmed", "rejected"), 0);
});

test("an unknown status in the database is an error, not a guess", () => {
  assert.throws(() => transition("deleted", "approve"), /Unknown signature status/);
});
