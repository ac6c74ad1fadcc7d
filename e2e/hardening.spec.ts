/**
 * The signing path as an attacker or a broken client sees it, over raw HTTP against the
 * production build: security headers, cross-site writes, malformed requests, a property test of
 * 1,000 generated bad submissions, and the rate limit shown in the form.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { isCountryCode } from "../lib/countries";
import { ORG_TYPES } from "../lib/signatures/org-types";
import { loadSignForm, multipart, postSignForm, validAnswers } from "../lib/testing/sign-over-http";
import { seedLetter } from "../lib/testing/seed";
import { appDb } from "./support/seed";
import { SignForm } from "./support/sign-form";

const base = () => test.info().project.use.baseURL!;
/**
 * The site in English, as the base lib/testing/sign-over-http.ts adds `/letters/<slug>` to: a post to
 * a bare address is not redirected to a language, so it would never reach the sign form's action.
 */
const english = () => `${base()}/en`;

/** Rows for a letter, in the app's database. */
async function signatureCount(letterId: string): Promise<number> {
  return (await appDb()).signature.count({ where: { letterId } });
}

// A page rendered per request (the privacy page); the cached pages' hashes are e2e/page-cache.spec.ts's.
test("every response carries the security headers, and the page's scripts carry the CSP nonce", async ({ request }) => {
  const res = await request.get("/en/privacy");
  const headers = res.headers();
  const csp = headers["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = (await request.get("/en/privacy")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  for (const path of ["/privacy", "/api/altcha", "/no-such-page"]) {
    expect((await request.get(path)).headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("with JavaScript the proof-of-work widget solves under the CSP, with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const letter = await seedLetter(await appDb());
  const form = new SignForm(page);
  await form.open(letter.slug);
  await form.orgName.focus();
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  expect(violations).toEqual([]);
});

test("writes from another site are refused before they reach the app", async () => {
  const letter = await seedLetter(await appDb());
  const fields = await loadSignForm(english(), letter.slug);
  const email = `xsite-${randomUUID().slice(0, 8)}@example.org`;
  const res = await postSignForm(english(), letter.slug, fields, validAnswers(email), { Origin: "https://evil.example" });
  expect(res.status).toBe(403);
  const fetchSite = await postSignForm(english(), letter.slug, fields, validAnswers(email), { "Sec-Fetch-Site": "cross-site" });
  expect(fetchSite.status).toBe(403);
  expect(await signatureCount(letter.id)).toBe(0);
});

test("malformed requests get a 4xx, never a 5xx", async () => {
  const letter = await seedLetter(await appDb());
  const url = `${english()}/letters/${letter.slug}`;
  const fields = await loadSignForm(english(), letter.slug);
  const actionId = JSON.parse(fields.find(([n]) => n === "$ACTION_1:0")![1]).id as string;
  const post = (body: BodyInit, headers: Record<string, string>) => fetch(url, { method: "POST", body, headers: { Origin: base(), ...headers } });
  const cases: [string, Promise<Response>][] = [
    ["oversized body", postSignForm(english(), letter.slug, fields, { ...validAnswers("big@example.org"), comment: "x".repeat(70_000) }).then((r) => new Response(null, { status: r.status }))],
    ["JSON body", post("{broken", { "Content-Type": "application/json", "Next-Action": actionId })],
    ["XML body", post("<a/>", { "Content-Type": "application/xml" })],
    ["broken multipart", post('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx', { "Content-Type": "multipart/form-data; boundary=b" })],
    ["bound arguments not JSON", (() => {
      const { body, contentType } = multipart(fields.map(([n, v]) => [n, n === "$ACTION_1:1" ? "not json" : v]));
      return post(new Uint8Array(body), { "Content-Type": contentType });
    })()],
    ["unknown action", post("[]", { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "00".repeat(21) })],
    ["action call that is not JSON", post("\u0000\u0001", { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": actionId })],
  ];
  for (const [name, response] of cases) {
    const status = (await response).status;
    expect(status, name).toBeGreaterThanOrEqual(400);
    expect(status, name).toBeLessThan(500);
  }
  expect(await signatureCount(letter.id)).toBe(0);
});

// ---- 1,000 generated bad submissions ----

const CONTROL = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0x0e, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((c) => String.fromCharCode(c));
const withControl = (valid: string) => fc.tuple(CONTROL, fc.nat(valid.length)).map(([c, at]) => valid.slice(0, at) + c + valid.slice(at));
const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 3000 }).map((n) => "é".repeat(n));
const blank = fc.constantFrom("", " ", "\t\n ", "\u00a0\u2003");
/** Bytes that are not UTF-8 at all; they reach the server as U+FFFD, so they ride along as noise. */
const badUtf8 = fc.constantFrom(new Uint8Array([0xc3, 0x28]), new Uint8Array([0xff, 0xfe, 0x41]), new Uint8Array([0xed, 0xa0, 0x80]));

/** One answer that the schema (or the abuse checks) must refuse. */
const violation: fc.Arbitrary<Record<string, string | null>> = fc.oneof(
  fc.oneof(blank, tooLong(200), withControl("Digital Rights Org")).map((orgName) => ({ orgName })),
  fc.oneof(blank, withControl("Wanjiru Kamau"), tooLong(120)).map((contactName) => ({ contactName })),
  fc.oneof(fc.constantFrom("", "XX", "ke", "Kenya", "K E"), fc.string({ maxLength: 8 }).filter((s) => !isCountryCode(s)))
    .map((country) => ({ country })),
  fc.string({ maxLength: 30 }).filter((s) => !(ORG_TYPES as readonly string[]).includes(s)).map((orgType) => ({ orgType })),
  fc.constantFrom("", "nope", "a@", "@example.org", "a b@example.org", "a@b", "<script>@x.org", `${"x".repeat(250)}@example.org`, "a@@b.org")
    .map((email) => ({ email })),
  fc.constantFrom("javascript:alert(1)", "http://user:pw@example.org", "ftp://example.org", "https://localhost", "https://", "http://exa mple.org")
    .map((website) => ({ website })),
  fc.oneof(tooLong(300).map((s) => `https://example.org/${s}`)).map((website) => ({ website })),
  fc.oneof(withControl("Director"), tooLong(120)).map((role) => ({ role })),
  fc.oneof(withControl("A note\nwith lines"), tooLong(1000)).map((comment) => ({ comment })),
  fc.constantFrom(null, "off", "false", "").map((consent) => ({ consent })),
  fc.string({ minLength: 1, maxLength: 50 }).map((leave_empty) => ({ leave_empty })),
  fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.base64String({ minLength: 4, maxLength: 400 })).map((altcha) => ({ altcha })),
);

test("1,000 generated bad submissions are all refused with a message; nothing is written; the server keeps serving", async () => {
  // What it checks happens before the database: each answer is refused by the form's checks. Once,
  // on SQLite, is enough (the database's own paths run on PostgreSQL in every other spec).
  test.skip(process.env.E2E_DB === "postgresql", "input validation does not depend on the database");
  test.setTimeout(180_000);
  const letter = await seedLetter(await appDb());
  const fields = await loadSignForm(english(), letter.slug);
  const statuses = new Map<number, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(violation, fc.option(badUtf8), fc.string({ maxLength: 40 }), async (bad, noise, noiseText) => {
      runs++;
      const answers: Record<string, string | Uint8Array> = { ...validAnswers(`prop-${randomUUID().slice(0, 8)}@example.org`) };
      // Noise in an optional field that the violation does not touch: it must not mask the refusal.
      if (!("role" in bad)) answers.role = noise ?? noiseText.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").slice(0, 100);
      for (const [name, value] of Object.entries(bad)) {
        if (value === null) delete answers[name];
        else answers[name] = value;
      }
      const res = await postSignForm(english(), letter.slug, fields, answers);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, JSON.stringify(bad).slice(0, 200)).toBeLessThan(500);
      expect(res.status, "not accepted").not.toBe(303);
      if (res.status === 200) expect(res.body, JSON.stringify(bad).slice(0, 200)).toMatch(/notice--error|field-error/);
    }),
    { numRuns: 1000 },
  );
  expect(runs).toBe(1000);
  expect(await signatureCount(letter.id)).toBe(0);
  expect((await fetch(`${english()}/letters/${letter.slug}`)).status).toBe(200);
  // Refused by the form's action itself (the form again, with its message), not only at the door.
  expect(statuses.get(200) ?? 0, "submissions that reached the sign form's action").toBeGreaterThan(0);
  console.info(`[property] 1000 bad submissions, statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
});

test("a signer whose mailbox has had its mail for the hour sees the rate-limit message in the form, not an error page", async ({ page }) => {
  const db = await appDb();
  const letter = await seedLetter(db);
  const email = `person-${randomUUID().slice(0, 8)}@limited.example`;
  // The mailbox has used up its hour: its counter is written as the limiter keeps it (filled here
  // rather than by a dozen posts). The key is a keyed hash of the canonical address, never the address.
  const { mailboxKey } = await import("../lib/abuse/rate-limit");
  await db.rateLimiterFlexible.create({
    data: { key: `sign-mailbox:${mailboxKey(email)}`, points: 100_000, expire: new Date(Date.now() + 3_600_000) },
  });
  const form = new SignForm(page);
  await form.open(letter.slug);
  await form.fill({ orgName: "One Too Many", contactName: "Late Signer", email });
  await form.submit();
  await expect(page.locator(".notice--error")).toContainText(/Too many signatures/);
  await expect(form.email).toHaveValue(email);
  // Kept without mail: a mailbox flood stops mail to that mailbox, never the signature.
  expect(await signatureCount(letter.id)).toBe(1);
});
