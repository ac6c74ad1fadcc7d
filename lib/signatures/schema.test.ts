import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldErrorsFrom } from "@/lib/errors";
import { signatureInputFromForm, signatureSchema } from "@/lib/signatures/schema";

const valid = {
  orgName: "  ARTICLE 19  ",
  country: "GB",
  orgType: "civil_society",
  website: "article19.org",
  contactName: "Ana   Example",
  email: " ana@article19.org ",
  role: "",
  comment: "Glad to sign.\r\nThanks",
  consent: true,
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = signatureSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
};

test("a valid signature is tidied: trimmed, folded spaces, https added to a bare website, empty optionals dropped", () => {
  const data = signatureSchema.parse(valid);
  assert.equal(data.orgName, "ARTICLE 19");
  assert.equal(data.contactName, "Ana Example");
  assert.equal(data.email, "ana@article19.org");
  assert.equal(data.website, "https://article19.org");
  assert.equal(data.role, undefined);
  assert.equal(data.comment, "Glad to sign.\nThanks");
});

test("each missing required answer is reported on its own field", () => {
  const errors = errorsOf({ consent: false });
  assert.deepEqual(errors, {
    orgName: "REQUIRED",
    country: "REQUIRED",
    orgType: "REQUIRED",
    contactName: "REQUIRED",
    email: "REQUIRED",
    consent: "REQUIRED",
  });
});

test("blank-only answers count as missing", () => {
  assert.equal(errorsOf({ ...valid, orgName: "   \t " }).orgName, "REQUIRED");
});

test("bad values get specific codes", () => {
  assert.equal(errorsOf({ ...valid, email: "not-an-email" }).email, "INVALID_EMAIL");
  assert.equal(errorsOf({ ...valid, country: "XX" }).country, "INVALID_COUNTRY");
  assert.equal(errorsOf({ ...valid, orgType: "church" }).orgType, "REQUIRED");
  assert.equal(errorsOf({ ...valid, website: "javascript:alert(1)" }).website, "INVALID_WEBSITE");
  assert.equal(errorsOf({ ...valid, website: "http://localhost" }).website, "INVALID_WEBSITE");
  assert.equal(errorsOf({ ...valid, orgName: "x".repeat(201) }).orgName, "TOO_LONG");
  assert.equal(errorsOf({ ...valid, comment: "x".repeat(1001) }).comment, "TOO_LONG");
});

test("control characters and broken UTF-16 are refused, other scripts are welcome", () => {
  assert.equal(errorsOf({ ...valid, orgName: "Evil\u0000Org" }).orgName, "INVALID_CHARACTERS");
  assert.equal(errorsOf({ ...valid, orgName: "Bad \uD800 half" }).orgName, "INVALID_CHARACTERS");
  for (const name of ["Роскомсвобода", "منظمة الحقوق الرقمية", "中国互联网观察", "Marília & Côte d'Ivoire"]) {
    assert.deepEqual(errorsOf({ ...valid, orgName: name }), {}, name);
  }
});

test("form data is read the way the browser sends it", () => {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...valid, consent: "on" })) form.set(k, String(v));
  assert.equal(signatureInputFromForm(form).consent, true);
  form.delete("consent");
  assert.equal(signatureInputFromForm(form).consent, false);
});
