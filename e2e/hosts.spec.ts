/**
 * Every absolute URL the app emits comes from APP_URL, never from a request header, against the
 * production build over raw HTTP (Host cannot be forged through fetch): forged Host and
 * X-Forwarded-Host are refused, with and without TRUST_PROXY; a sign-in link requested through an
 * allowed alias still points at APP_URL; HSTS and cookie names follow APP_URL's scheme; sessions
 * resolve by user id; and 1,000 generated bad sign-in requests write nothing.
 * The TRUST_PROXY cases need a second server, started here on the same build and database with
 * a production-like setting: APP_URL https, no AUTH_URL, one extra name in ALLOWED_HOSTS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { decodeEntities } from "../lib/testing/links";
import { seedSession, seedUser, uniqueEmail } from "../lib/testing/seed";
import { multipart } from "../lib/testing/sign-over-http";
import { SESSION_COOKIE } from "./support/coordinator-seed";
import { linkById, waitForMail } from "./support/mail";
import { appDb } from "./support/seed";

const base = () => test.info().project.use.baseURL!;
const appPort = () => Number(new URL(base()).port);

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One request with exactly these headers (Host included), over node:http. */
function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array | string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** The hidden fields that name and bind the sign-in form's server action (a no-JavaScript post). */
function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/?>/g)) fields.push([decodeEntities(m[1]), decodeEntities(m[2] ?? "")]);
  if (fields.length === 0) throw new Error("No server action fields on the sign-in page");
  return fields;
}

/** Posts the sign-in form as a browser without JavaScript would, with the given host headers. */
async function postSignIn(port: number, hostHeaders: Record<string, string>, origin: string, answers: [string, string | Uint8Array][]): Promise<Raw> {
  const page = await raw(port, "/en/signin", { headers: hostHeaders });
  expect(page.status).toBe(200);
  const { body, contentType } = multipart([...actionFields(page.body), ...answers]);
  return raw(port, "/en/signin", { method: "POST", headers: { ...hostHeaders, Origin: origin, "Content-Type": contentType }, body: new Uint8Array(body) });
}

async function writtenCounts(): Promise<string> {
  const db = await appDb();
  const [users, tokens, outbox] = await Promise.all([db.user.count(), db.verificationToken.count(), db.outboxMessage.count()]);
  return JSON.stringify({ users, tokens, outbox });
}

test.describe("without TRUST_PROXY (the default server: APP_URL http://localhost)", () => {
  test("a forged Host is refused with 421 before any page, route or action runs", async () => {
    const before = await writtenCounts();
    for (const host of ["evil.example", `evil.example:${appPort()}`, `localhost.evil.example:${appPort()}`, `localhost:${appPort() + 1}`]) {
      for (const path of ["/", "/signin", "/en/signin", "/api/auth/csrf", "/api/auth/providers", "/coordinator", "/en/coordinator"]) {
        expect((await raw(appPort(), path, { headers: { Host: host } })).status, `${host}${path}`).toBe(421);
      }
      const post = await raw(appPort(), "/api/auth/signin/email", {
        method: "POST", headers: { Host: host, "Content-Type": "application/x-www-form-urlencoded" }, body: "email=admin%40example.org",
      });
      expect(post.status, host).toBe(421);
    }
    // The sign-in action itself, for the real administrator, named for the attacker's host.
    const page = await raw(appPort(), "/en/signin", { headers: { Host: `localhost:${appPort()}` } });
    const { body, contentType } = multipart([...actionFields(page.body), ["email", "admin@example.org"], ["callbackUrl", ""]]);
    const action = await raw(appPort(), "/en/signin", {
      method: "POST", headers: { Host: "evil.example", Origin: "http://evil.example", "Content-Type": contentType }, body: new Uint8Array(body),
    });
    expect(action.status).toBe(421);
    expect(await writtenCounts()).toBe(before);
    // Loopback aliases of a loopback APP_URL name this machine (README, "Hosts").
    expect((await raw(appPort(), "/en/signin", { headers: { Host: `127.0.0.1:${appPort()}` } })).status).toBe(200);
    expect((await raw(appPort(), "/en/signin", { headers: { Host: `localhost:${appPort()}` } })).status).toBe(200);
  });

  test("X-Forwarded-Host from a client is ignored: the mailed link still points at APP_URL", async ({ request }) => {
    const db = await appDb();
    const user = await seedUser(db);
    const res = await postSignIn(appPort(), { Host: `localhost:${appPort()}`, "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" }, base(), [
      ["email", user.email], ["callbackUrl", ""],
    ]);
    expect(res.status).toBeLessThan(400);
    expect(String(res.headers.location ?? "")).not.toContain("evil.example");
    const link = linkById(await waitForMail(request, { to: user.email, subject: /sign-in link/i }), "sign-in-link");
    expect(new URL(link).origin).toBe(base());
    // Over plain http APP_URL, a client's X-Forwarded-Proto does not switch HSTS on.
    const page = await raw(appPort(), "/en/signin", { headers: { Host: `localhost:${appPort()}`, "X-Forwarded-Proto": "https" } });
    expect(page.headers["strict-transport-security"]).toBeUndefined();
  });

  test("a session maps to its account by id, not to another account with the same address spelled differently", async ({ request }) => {
    const db = await appDb();
    const address = uniqueEmail("twin");
    await db.user.create({ data: { email: address, role: "admin" } });
    // The same address in capitals: a row written before addresses were normalised.
    const twin = await db.user.create({ data: { email: address.toUpperCase(), role: "coordinator" } });
    const token = await seedSession(db, twin.id);
    const res = await request.get("/en/coordinator/people", { headers: { Cookie: `${SESSION_COOKIE}=${token}` }, maxRedirects: 0 });
    // A coordinator does not see the people page (404), whatever address an administrator has.
    expect(res.status()).toBe(404);
    expect((await request.get("/en/coordinator", { headers: { Cookie: `${SESSION_COOKIE}=${token}` }, maxRedirects: 0 })).status()).toBe(200);
  });
});

// ---- a second server: behind a trusted proxy, APP_URL https ----

const PROXIED_APP = "https://letters.example";
const proxiedPort = () => appPort() + 27;
let proxied: ChildProcess | undefined;

test.describe("with TRUST_PROXY (APP_URL https://letters.example, ALLOWED_HOSTS alias.example, no AUTH_URL)", () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await appDb();
    const smtpPort = Number(process.env.E2E_SMTP_PORT ?? appPort() + 25);
    proxied = spawn("node", ["e2e/support/while-runner.mjs", "node_modules/.bin/next", "start", "-p", String(proxiedPort())], {
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: process.env.NODE_OPTIONS, E2E_RUNNER_PID: process.env.E2E_RUNNER_PID,
        NODE_ENV: "production", NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: process.env.E2E_DATABASE_URL, DATA_DIR: process.env.E2E_DATA_DIR, AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, APP_URL: PROXIED_APP, TRUST_PROXY: "true", ALLOWED_HOSTS: "alias.example",
        ADMIN_EMAILS: "admin@example.org", MAIL_POLL_MS: "500",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await expect
      .poll(async () => (await raw(proxiedPort(), "/en/signin", { headers: { Host: "app:3000", "X-Forwarded-Host": "letters.example" } }).catch(() => ({ status: 0 }))).status, { timeout: 90_000, intervals: [500] })
      .toBe(200);
  });

  test.afterAll(() => {
    proxied?.kill("SIGTERM");
  });

  test("a forged X-Forwarded-Host or Host is refused; APP_URL's host and ALLOWED_HOSTS are answered", async () => {
    const before = await writtenCounts();
    const status = async (headers: Record<string, string>, path = "/en/signin") => (await raw(proxiedPort(), path, { headers })).status;
    expect(await status({ Host: "app:3000", "X-Forwarded-Host": "evil.example" })).toBe(421);
    expect(await status({ Host: "letters.example", "X-Forwarded-Host": "evil.example" })).toBe(421);
    expect(await status({ Host: "app:3000", "X-Forwarded-Host": "letters.example, evil.example" })).toBe(421);
    expect(await status({ Host: "evil.example" })).toBe(421);
    expect(await status({ Host: "evil.example" }, "/api/auth/csrf")).toBe(421);
    // A public APP_URL: loopback names are not answered (the proxy must pass the public host on).
    expect(await status({ Host: `localhost:${proxiedPort()}` })).toBe(421);
    expect(await status({ Host: "app:3000", "X-Forwarded-Host": "letters.example" })).toBe(200);
    expect(await status({ Host: "app:3000", "X-Forwarded-Host": "alias.example" })).toBe(200);
    expect(await status({ Host: "letters.example" })).toBe(200);
    expect(await writtenCounts()).toBe(before);
  });

  test("a sign-in asked through an allowed alias mails a link to APP_URL", async ({ request }) => {
    const db = await appDb();
    const user = await seedUser(db);
    const res = await postSignIn(proxiedPort(), { Host: "app:3000", "X-Forwarded-Host": "alias.example", "X-Forwarded-Proto": "http" }, "http://alias.example", [
      ["email", user.email], ["callbackUrl", "/coordinator"],
    ]);
    expect(res.status).toBeLessThan(400);
    expect(String(res.headers.location ?? "")).not.toContain("alias.example");
    const mail = await waitForMail(request, { to: user.email, subject: /sign-in link/i });
    const link = new URL(linkById(mail, "sign-in-link"));
    expect(link.origin).toBe(PROXIED_APP);
    expect(mail.text).not.toContain("alias.example");
  });

  test("HSTS and Secure, prefixed cookies follow APP_URL's https even when the proxy speaks http", async () => {
    const headers = { Host: "app:3000", "X-Forwarded-Host": "letters.example", "X-Forwarded-Proto": "http" };
    const page = await raw(proxiedPort(), "/en/signin", { headers });
    expect(page.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const csrf = await raw(proxiedPort(), "/api/auth/csrf", { headers });
    const cookies = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []);
    expect(cookies.find((c) => c.startsWith("__Host-authjs.csrf-token="))).toMatch(/;\s*Secure/i);
    expect(cookies.some((c) => /^authjs\./.test(c))).toBe(false);
  });
});

// ---- 1,000 generated bad sign-in requests ----

// Not \t \n \v \f \r: at either end they are trimmed away, leaving a valid address.
const CONTROL = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0x0e, max: 0x1f })).map((c) => String.fromCharCode(c));
/** An address the app must refuse (or a stranger's, which must leave no trace either). */
const badEmail = fc.oneof(
  fc.constantFrom("", " ", "admin", "admin@", "@example.org", "a@@example.org", "admin@example.org@evil.example", "admin@example.org,evil@evil.example",
    '"admin@example.org"@evil.example', "admin@example.org\r\nBcc: evil@evil.example", "<script>@x.org", "admin＠example.org＠evil.example", "ａｄｍｉｎ"),
  fc.tuple(CONTROL, fc.nat(17)).map(([c, at]) => "admin@example.org".slice(0, at) + c + "admin@example.org".slice(at)),
  fc.integer({ min: 250, max: 3000 }).map((n) => `${"a".repeat(n)}@example.org`),
  fc.string({ maxLength: 60 }),
  fc.uuid().map((id) => `stranger-${id}@example.org`),
);
const badCallback = fc.oneof(fc.constantFrom("", "https://evil.example/", "//evil.example", "javascript:alert(1)", "/coordinator/../../x"), fc.string({ maxLength: 80 }));

test("1,000 generated bad sign-in requests: no 5xx, no user, token or mail written, the server keeps serving", async () => {
  test.setTimeout(300_000);
  const host = { Host: `localhost:${appPort()}` };
  const page = await raw(appPort(), "/en/signin", { headers: host });
  const fields = actionFields(page.body);
  const csrf = await raw(appPort(), "/api/auth/csrf", { headers: host });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = ([] as string[]).concat(csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const before = await writtenCounts();
  const statuses = new Map<string, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(badEmail, badCallback, fc.constantFrom("action", "authjs", "authjs-no-csrf"), async (email, callbackUrl, via) => {
      runs++;
      let res: Raw;
      if (via === "action") {
        const { body, contentType } = multipart([...fields, ["email", email], ["callbackUrl", callbackUrl]]);
        res = await raw(appPort(), "/en/signin", { method: "POST", headers: { ...host, Origin: base(), "Content-Type": contentType }, body: new Uint8Array(body) });
      } else {
        const form = new URLSearchParams({ email, callbackUrl, ...(via === "authjs" ? { csrfToken } : {}) });
        res = await raw(appPort(), "/api/auth/signin/email", {
          method: "POST", headers: { ...host, Origin: base(), Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" }, body: form.toString(),
        });
      }
      statuses.set(`${via} ${res.status}`, (statuses.get(`${via} ${res.status}`) ?? 0) + 1);
      expect(res.status, `${via} ${JSON.stringify(email).slice(0, 120)}`).toBeLessThan(500);
      expect(String(res.headers.location ?? ""), "never sent to another site").not.toMatch(/^(https?:)?\/\/(?!localhost)/);
    }),
    { numRuns: 1000 },
  );
  expect(runs).toBe(1000);
  expect(await writtenCounts()).toBe(before);
  expect((await raw(appPort(), "/en/signin", { headers: host })).status).toBe(200);
  console.info(`[property] 1000 bad sign-in requests, statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
});
