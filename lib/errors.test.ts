import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { z } from "zod";
import { ERROR_CODES, fieldErrorsFrom, isErrorCode } from "@/lib/errors";
import { signatureSchema } from "@/lib/signatures/schema";

const root = path.join(process.cwd(), "messages");
const locales = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const catalogue = (locale: string, namespace: string) =>
  JSON.parse(readFileSync(path.join(root, locale, `${namespace}.json`), "utf8")) as Record<string, unknown>;
const sorted = (keys: Iterable<string>) => [...keys].sort();

test("every error code has one text in errors.json, and errors.json has nothing else", () => {
  assert.ok(locales.length > 0);
  for (const locale of locales) {
    const texts = catalogue(locale, "errors");
    assert.deepEqual(sorted(Object.keys(texts)), sorted(ERROR_CODES), `messages/${locale}/errors.json`);
    for (const [code, text] of Object.entries(texts)) assert.ok(typeof text === "string" && text.trim(), `${locale} ${code}`);
  }
});

test("the sign form words only real codes of real fields, and link pages are titled by code", () => {
  for (const locale of locales) {
    const signing = catalogue(locale, "signing") as { fieldErrors: Record<string, Record<string, string>>; tokenTitles: Record<string, string> };
    for (const [field, codes] of Object.entries(signing.fieldErrors)) {
      assert.ok(field in signatureSchema.shape, `${locale} signing.fieldErrors.${field}`);
      for (const code of Object.keys(codes)) assert.ok(isErrorCode(code), `${locale} signing.fieldErrors.${field}.${code}`);
    }
    for (const code of Object.keys(signing.tokenTitles)) assert.ok(isErrorCode(code), `${locale} signing.tokenTitles.${code}`);
  }
});

test("field errors: the first code per field; a message that is not a code reads as INVALID_VALUE", () => {
  const schema = z.object({ a: z.string().min(1, "REQUIRED").max(2, "TOO_LONG"), b: z.string().min(1, "not a code") });
  const parsed = schema.safeParse({ a: "", b: "" });
  assert.ok(!parsed.success);
  assert.deepEqual(fieldErrorsFrom(parsed.error), { a: "REQUIRED", b: "INVALID_VALUE" });
});
