// The defaults lib/env.ts gives a bare clone and a production start.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnv } from "@/lib/env";

const base = { AUTH_SECRET: "x".repeat(32), DATA_DIR: "/nonexistent" };

test("mail links are printed in development, not in production unless asked for", () => {
  assert.equal(parseEnv({ ...base, NODE_ENV: "development" }).LOG_MAIL_LINKS, true);
  assert.equal(parseEnv({ ...base }).LOG_MAIL_LINKS, true, "a bare clone runs as development");
  assert.equal(parseEnv({ ...base, NODE_ENV: "production" }).LOG_MAIL_LINKS, false);
  assert.equal(parseEnv({ ...base, NODE_ENV: "production", LOG_MAIL_LINKS: "true" }).LOG_MAIL_LINKS, true);
  assert.equal(parseEnv({ ...base, NODE_ENV: "development", LOG_MAIL_LINKS: "false" }).LOG_MAIL_LINKS, false);
});

test("APP_URL defaults to localhost on PORT; AUTH_URL may not point elsewhere; ALLOWED_HOSTS is a list", () => {
  assert.equal(parseEnv({ ...base, PORT: "4000" }).APP_URL, "http://localhost:4000");
  assert.equal(parseEnv({ ...base, APP_URL: "https://letters.example.org/" }).APP_URL, "https://letters.example.org");
  assert.doesNotThrow(() => parseEnv({ ...base, APP_URL: "https://letters.example.org", AUTH_URL: "https://letters.example.org/api/auth" }));
  assert.throws(() => parseEnv({ ...base, APP_URL: "https://letters.example.org", AUTH_URL: "https://evil.example" }), /AUTH_URL/);
  assert.deepEqual(parseEnv({ ...base, ALLOWED_HOSTS: " WWW.Example.org, example.org:8443 ," }).ALLOWED_HOSTS, ["www.example.org", "example.org:8443"]);
  assert.throws(() => parseEnv({ ...base, ALLOWED_HOSTS: "https://example.org/" }), /ALLOWED_HOSTS/);
});
