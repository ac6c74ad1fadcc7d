import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldErrorsFrom } from "@/lib/errors";
import { letterFormSchema, slugify } from "@/lib/letters/schema";

const base = { language: "en", title: "T", slug: "a-letter", addressee: "A", body: "B", deadline: "", coordinators: "" };

test("slugs: lower-case letters, digits and single hyphens", () => {
  for (const ok of ["abc", "stop-the-scan", "letter-2026"]) assert.ok(letterFormSchema.safeParse({ ...base, slug: ok }).success, ok);
  for (const bad of ["-abc", "abc-", "a--b", "ab c", "ümlaut", "a_b", "ab"]) {
    const parsed = letterFormSchema.safeParse({ ...base, slug: bad });
    assert.ok(!parsed.success, bad);
    assert.ok(fieldErrorsFrom(parsed.error).slug, bad);
  }
  assert.equal(letterFormSchema.parse({ ...base, slug: "Upper-Case" }).slug, "upper-case");
});

test("the deadline is read as UTC; empty means none", () => {
  assert.equal(letterFormSchema.parse(base).deadline, null);
  assert.equal(letterFormSchema.parse({ ...base, deadline: "2026-12-31T18:00" }).deadline?.toISOString(), "2026-12-31T18:00:00.000Z");
  assert.equal(fieldErrorsFrom(letterFormSchema.safeParse({ ...base, deadline: "soon" }).error!).deadline, "INVALID_DEADLINE");
});

test("coordinating organisations: one per line, blanks dropped", () => {
  assert.equal(letterFormSchema.parse({ ...base, coordinators: " A \r\n\n B\n" }).coordinators, "A\nB");
});

test("required fields name themselves", () => {
  const errors = fieldErrorsFrom(letterFormSchema.safeParse({ ...base, title: " ", body: "" }).error!);
  assert.equal(errors.title, "REQUIRED");
  assert.equal(errors.body, "REQUIRED");
});

test("slugify suggests a slug from a title", () => {
  assert.equal(slugify("Stop the Scan!"), "stop-the-scan");
  assert.equal(slugify("Åpen  brev — 2026"), "apen-brev-2026");
});
