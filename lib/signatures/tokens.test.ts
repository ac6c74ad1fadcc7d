import assert from "node:assert/strict";
import { test } from "node:test";
import { hashToken, looksLikeToken, newToken } from "@/lib/signatures/tokens";

test("tokens carry 256 random bits and only their hash is meant for storage", () => {
  const { token, tokenHash } = newToken();
  assert.equal(Buffer.from(token, "base64url").length, 32);
  assert.match(tokenHash, /^[0-9a-f]{64}$/);
  assert.equal(hashToken(token), tokenHash);
  assert.ok(!tokenHash.includes(token));
});

test("tokens do not repeat", () => {
  const seen = new Set(Array.from({ length: 1000 }, () => newToken().token));
  assert.equal(seen.size, 1000);
});

test("only well-formed tokens reach the database", () => {
  assert.equal(looksLikeToken(newToken().token), true);
  assert.equal(looksLikeToken("short"), false);
  assert.equal(looksLikeToken("'; DROP TABLE x; --".padEnd(43, "a")), false);
});
