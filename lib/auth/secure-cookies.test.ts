// With an https APP_URL, Auth.js's cookies are Secure and carry the __Secure- / __Host- prefixes
// even when the request reaches the app over plain http (behind a proxy that ends TLS).
// Set before lib/env is first imported: it reads once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NextRequest } from "next/server";

Object.assign(process.env, { APP_URL: "https://letters.example.org" });
delete process.env.AUTH_URL;

test("an https APP_URL gives secure, prefixed cookies whatever the request's scheme", async () => {
  const { handlers } = await import("@/auth");
  const res = await handlers.GET(new NextRequest("http://letters.example.org/api/auth/csrf", { headers: { host: "letters.example.org" } }));
  const cookies = res.headers.getSetCookie();
  const csrf = cookies.find((c) => c.includes("authjs.csrf-token="));
  assert.ok(csrf, cookies.join("\n"));
  assert.match(csrf, /^__Host-authjs\.csrf-token=/);
  assert.match(csrf, /;\s*Secure/i);
  const callback = cookies.find((c) => c.includes("authjs.callback-url="));
  assert.match(callback ?? "", /^__Secure-authjs\.callback-url=.*;\s*Secure/i);
});
