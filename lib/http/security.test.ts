import assert from "node:assert/strict";
import { test } from "node:test";
import { acceptsCrossSiteWrite, contentSecurityPolicy, embedHeaders, isCrossSiteWrite, newNonce, securityHeaders } from "@/lib/http/security";

test("the CSP allows scripts only with the response's nonce, and no framing", () => {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce });
  assert.match(csp, new RegExp(`script-src 'self' 'nonce-${nonce.replace(/[+/=]/g, "\\$&")}' 'strict-dynamic'(;|$)`));
  assert.doesNotMatch(csp.split("; ").find((d) => d.startsWith("script-src"))!, /unsafe-inline|unsafe-eval/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /worker-src 'self' blob:/);
  assert.notEqual(newNonce(), nonce);
});

test("a cached page's CSP admits its own inline scripts by hash, and nothing inline besides", () => {
  const csp = contentSecurityPolicy({ hashes: ["sha256-abc=", "sha256-def="] });
  const scripts = csp.split("; ").find((d) => d.startsWith("script-src"))!;
  assert.equal(scripts, "script-src 'self' 'sha256-abc=' 'sha256-def='");
  // 'strict-dynamic' would make browsers ignore 'self', and so block the app's own script files.
  assert.doesNotMatch(scripts, /nonce|strict-dynamic|unsafe/);
});

test("a letter's badge and card may be framed by any site, and may run, load or submit nothing", () => {
  const headers = embedHeaders({ https: true, styleHash: "'sha256-css='" });
  assert.equal(headers["Content-Security-Policy"], "default-src 'none'; style-src 'sha256-css='; base-uri 'none'; form-action 'none'; frame-ancestors *");
  assert.equal(headers["X-Frame-Options"], undefined);
  assert.equal(headers["Cross-Origin-Resource-Policy"], "cross-origin");
  assert.equal(headers["X-Content-Type-Options"], "nosniff");
  assert.match(headers["Strict-Transport-Security"], /max-age=/);
});

test("HSTS only over HTTPS; referrer policy keeps the origin for same-site posts", () => {
  assert.equal(securityHeaders({ scripts: { nonce: "n" }, https: false })["Strict-Transport-Security"], undefined);
  assert.match(securityHeaders({ scripts: { nonce: "n" }, https: true })["Strict-Transport-Security"], /max-age=\d+/);
  assert.equal(securityHeaders({ scripts: { nonce: "n" }, https: false })["Referrer-Policy"], "strict-origin-when-cross-origin");
});

test("writes from another site are refused; reads and non-browser clients are not", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  assert.equal(isCrossSiteWrite("POST", h({ origin: "https://evil.example" }), "letters.example"), true);
  assert.equal(isCrossSiteWrite("POST", h({ origin: "null" }), "letters.example"), true);
  assert.equal(isCrossSiteWrite("POST", h({ "sec-fetch-site": "cross-site" }), "letters.example"), true);
  assert.equal(isCrossSiteWrite("POST", h({ origin: "https://letters.example" }), "letters.example"), false);
  assert.equal(isCrossSiteWrite("POST", h({ "sec-fetch-site": "same-origin", origin: "http://LETTERS.example" }), "letters.example"), false);
  assert.equal(isCrossSiteWrite("GET", h({ origin: "https://evil.example" }), "letters.example"), false);
  assert.equal(isCrossSiteWrite("POST", h({}), "letters.example"), false);
});

test("only the one-click unsubscribe accepts a write from another site", () => {
  assert.equal(acceptsCrossSiteWrite("POST", "/api/unsubscribe/cmabc123/0123456789abcdef0123456789abcdef"), true);
  assert.equal(acceptsCrossSiteWrite("POST", "/api/digest/unsubscribe/cmabc123/0123456789abcdef0123456789abcdef"), true, "the digest's too");
  assert.equal(acceptsCrossSiteWrite("POST", "/api/digest/other/cmabc123/0123456789abcdef0123456789abcdef"), false);
  assert.equal(acceptsCrossSiteWrite("GET", "/api/unsubscribe/cmabc123/0123456789abcdef0123456789abcdef"), false);
  assert.equal(acceptsCrossSiteWrite("POST", "/api/unsubscribe/cmabc123"), false);
  assert.equal(acceptsCrossSiteWrite("POST", "/api/unsubscribe/cmabc123/key/more"), false);
  assert.equal(acceptsCrossSiteWrite("POST", "/en/unsubscribe/cmabc123/0123456789abcdef0123456789abcdef"), false, "the page's own button is a same-origin server action");
  assert.equal(acceptsCrossSiteWrite("POST", "/api/auth/signin"), false);
  assert.equal(acceptsCrossSiteWrite("POST", "/en/letters/x"), false);
});
