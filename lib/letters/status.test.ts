import assert from "node:assert/strict";
import { test } from "node:test";
import {
  effectiveLetterStatus,
  INITIAL_LETTER_STATUS,
  isPubliclyVisible,
  isSignable,
  letterEventsFrom,
  letterTransition,
  PUBLIC_LETTER_STATUSES,
} from "@/lib/letters/status";

test("a new letter is a draft the public cannot see, and publishing opens it", () => {
  assert.equal(isPubliclyVisible(INITIAL_LETTER_STATUS), false);
  assert.equal(letterTransition(INITIAL_LETTER_STATUS, "publish"), "open");
  assert.deepEqual(PUBLIC_LETTER_STATUSES, ["open", "closed", "delivered"]);
});

test("the overview offers only the moves a letter's status allows", () => {
  assert.deepEqual(letterEventsFrom("draft"), ["publish"]);
  assert.deepEqual(letterEventsFrom("open"), ["close", "deliver"]);
  assert.deepEqual(letterEventsFrom("closed"), ["reopen", "deliver"]);
});

test("a delivered letter offers no events: nothing leaves delivered", () => {
  assert.deepEqual(letterEventsFrom("delivered"), []);
  assert.equal(letterTransition("delivered", "reopen"), null);
  assert.equal(letterTransition("draft", "deliver"), null, "a draft cannot be delivered");
});

test("a passed deadline closes an open letter for readers before anything is written", () => {
  const yesterday = new Date(Date.now() - 86_400_000);
  assert.equal(effectiveLetterStatus({ status: "open", deadline: yesterday }), "closed");
  assert.equal(effectiveLetterStatus({ status: "open", deadline: null }), "open");
});

test("an unknown status in the database is an error, not a guess", () => {
  assert.throws(() => letterEventsFrom("archived"), /Unknown letter status/);
});

test("a delivered letter takes signatures only while kept open for endorsements", () => {
  const deadline = null;
  assert.equal(isSignable({ status: "open", deadline }), true);
  assert.equal(isSignable({ status: "delivered", deadline }), false);
  assert.equal(isSignable({ status: "delivered", deadline, endorsementsOpen: false }), false);
  assert.equal(isSignable({ status: "delivered", deadline, endorsementsOpen: true }), true);
  assert.equal(isSignable({ status: "closed", deadline, endorsementsOpen: true }), false, "endorsements are a delivered letter's");
  assert.equal(isSignable({ status: "draft", deadline, endorsementsOpen: true }), false);
});
