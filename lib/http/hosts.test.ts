import assert from "node:assert/strict";
import { test } from "node:test";
import { allowedHosts, isAllowedHost, onAppOrigin, usesHttps } from "@/lib/http/hosts";

const h = (init: Record<string, string>) => new Headers(init);

test("only APP_URL's host and ALLOWED_HOSTS are answered; the default port and case do not matter", () => {
  const allowed = allowedHosts("https://letters.example.org", ["www.letters.example.org"]);
  const ok = (init: Record<string, string>, trust = false) => isAllowedHost(h(init), trust, allowed, "https:");
  assert.equal(ok({ host: "letters.example.org" }), true);
  assert.equal(ok({ host: "LETTERS.example.org:443" }), true);
  assert.equal(ok({ host: "www.letters.example.org" }), true);
  assert.equal(ok({ host: "evil.example" }), false);
  assert.equal(ok({ host: "letters.example.org.evil.example" }), false);
  assert.equal(ok({ host: "letters.example.org:8443" }), false);
  assert.equal(ok({}), false);
  // Loopback names are not answered for a public APP_URL (a proxy must pass the public Host on).
  assert.equal(ok({ host: "localhost:3000" }), false);
});

test("X-Forwarded-Host counts only behind a trusted proxy, and then every entry must be allowed", () => {
  const allowed = allowedHosts("https://letters.example.org");
  const ok = (init: Record<string, string>, trust: boolean) => isAllowedHost(h(init), trust, allowed, "https:");
  assert.equal(ok({ host: "letters.example.org", "x-forwarded-host": "evil.example" }, false), true, "ignored without TRUST_PROXY (and dropped)");
  assert.equal(ok({ host: "letters.example.org", "x-forwarded-host": "evil.example" }, true), false);
  assert.equal(ok({ host: "app:3000", "x-forwarded-host": "letters.example.org" }, true), true);
  assert.equal(ok({ host: "letters.example.org", "x-forwarded-host": "letters.example.org, evil.example" }, true), false);
  assert.equal(ok({ host: "evil.example" }, true), false);
});

test("a loopback APP_URL also answers the other loopback names on its port, nothing else", () => {
  const allowed = allowedHosts("http://localhost:3000");
  const ok = (host: string) => isAllowedHost(h({ host }), false, allowed, "http:");
  for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000"]) assert.equal(ok(host), true, host);
  for (const host of ["localhost:3001", "127.0.0.2:3000", "evil.example:3000", "localhost.evil.example:3000", "0.0.0.0:3000"]) {
    assert.equal(ok(host), false, host);
  }
});

test("links are moved onto APP_URL's origin; https follows APP_URL", () => {
  assert.equal(
    onAppOrigin("http://evil.example:8080/api/auth/callback/email?token=t&email=a%40b.org", "https://letters.example.org"),
    "https://letters.example.org/api/auth/callback/email?token=t&email=a%40b.org",
  );
  assert.equal(usesHttps("https://letters.example.org"), true);
  assert.equal(usesHttps("http://localhost:3000"), false);
});
