/**
 * The authorisation matrix: every coordinator page, server action and route handler is tried
 * anonymously, as a coordinator of another letter (or a coordinator, for admin-only things) and as
 * the right person. Only the last succeeds; the others are sent to sign-in or get a 404/403, and
 * the database is exactly as before. Sessions are real rows with real cookies.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type BrowserContext, type Page, type Request } from "@playwright/test";
import { cases, type Ids } from "./support/authorization-cases";
import { SESSION_COOKIE, seedLetterWithSignature, seedUserWithSession, snapshot, type SeededUser } from "./support/coordinator-seed";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
// Addresses carry their language: without it, a request with maxRedirects: 0 would only get the
// proxy's 307 to the English page, and test nothing about access.
type Who = "anonymous" | "other" | "right";

const cookieHeader = (user?: SeededUser): Record<string, string> =>
  user ? { cookie: `${SESSION_COOKIE}=${user.sessionToken}` } : {};

async function signInAs(context: BrowserContext, user?: SeededUser) {
  await context.clearCookies();
  if (user) await context.addCookies([{ name: SESSION_COOKIE, value: user.sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

async function expectDenied(request: APIRequestContext, url: string, user?: SeededUser) {
  const res = await request.get(url, { headers: cookieHeader(user), maxRedirects: 0 });
  if (user) expect([403, 404], `${url} as another coordinator`).toContain(res.status());
  else {
    expect([302, 303, 307, 401, 403, 404], `${url} anonymously`).toContain(res.status());
    if (res.status() < 400) expect(res.headers().location).toMatch(/\/signin/);
  }
}

// Every page, route handler and action file of the workspace, and the test below that covers it.
// A new file fails the first test until it is added here and to the matrix.
const COVERED = [
  "coordinator/page.tsx",
  "coordinator/letters/new/page.tsx", "coordinator/letters/new/actions.ts",
  "coordinator/letters/[id]/page.tsx", "coordinator/letters/[id]/actions.ts",
  "coordinator/letters/[id]/edit/page.tsx", "coordinator/letters/[id]/edit/actions.ts",
  "coordinator/letters/[id]/signatures/page.tsx", "coordinator/letters/[id]/signatures/actions.ts",
  "coordinator/letters/[id]/signatures/add/page.tsx", "coordinator/letters/[id]/signatures/add/actions.ts",
  "coordinator/letters/[id]/signatures/import/page.tsx", "coordinator/letters/[id]/signatures/import/actions.ts",
  "coordinator/letters/[id]/signatures/import/template/route.ts",
  "coordinator/letters/[id]/audit/page.tsx", "coordinator/letters/[id]/statistics/page.tsx",
  "coordinator/letters/[id]/translations/page.tsx", "coordinator/letters/[id]/translations/actions.ts",
  "coordinator/letters/[id]/updates/page.tsx", "coordinator/letters/[id]/updates/actions.ts",
  "coordinator/letters/[id]/responses/page.tsx", "coordinator/letters/[id]/responses/actions.ts",
  "coordinator/letters/[id]/deliveries/new/page.tsx", "coordinator/letters/[id]/deliveries/actions.ts",
  "coordinator/people/page.tsx", "coordinator/people/actions.ts",
  "coordinator/settings/page.tsx", "coordinator/settings/actions.ts",
  // Public by design: the sign-in page, its "check your inbox" answer, and sign-in/out actions.
  "signin/page.tsx", "signin/check-inbox/page.tsx", "signin/actions.ts",
];
const EXPORT_DIR = "coordinator/letters/[id]/export/";

test("the matrix covers every page, route handler and action of the workspace", () => {
  const root = path.resolve("app/[locale]/(coordinator)");
  const files = (readdirSync(root, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /(^|\/)(page\.tsx|route\.ts|actions\.ts)$/.test(f));
  const uncovered = files.filter((f) => !COVERED.includes(f) && !f.startsWith(EXPORT_DIR));
  expect(uncovered, "add these to the authorisation matrix").toEqual([]);
});

// Server actions anyone may call by design: asking for a sign-in link, and signing out.
const PUBLIC_ACTIONS = ["requestSignIn", "signOutAction"];

test("every exported server action of the workspace has a case in the matrix", () => {
  const root = path.resolve("app/[locale]/(coordinator)");
  const exported = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith("actions.ts"))
    .flatMap((f) => [...readFileSync(path.join(root, f), "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1]));
  expect(exported.length).toBeGreaterThan(5);
  const covered = new Set([...cases.map((c) => c.action), ...PUBLIC_ACTIONS]);
  expect(exported.filter((name) => !covered.has(name)), "add a case for these actions").toEqual([]);
});

test.describe("pages and route handlers", () => {
  // The letter's pages, and the route handlers that export its signatures.
  const letterUrls: Record<string, (id: string) => string[]> = {
    "letter pages": (id) => ["", "/edit", "/signatures", "/signatures/add", "/signatures/import", "/signatures/import/template", "/audit", "/statistics", "/translations", "/updates", "/responses", "/deliveries/new"].map((page) => `/en/coordinator/letters/${id}${page}`),
    "export route handlers": (id) => ["pdf?order=alphabetical", "pdf?order=country", "csv"].map((file) => `/en/coordinator/letters/${id}/export/${file}`),
  };
  for (const [what, urlsOf] of Object.entries(letterUrls)) {
    test(`${what}: only the letter's coordinator gets in`, async ({ request }) => {
      const right = await seedUserWithSession("coordinator");
      const other = await seedUserWithSession("coordinator");
      await seedLetterWithSignature(other.id);
      const { letter } = await seedLetterWithSignature(right.id);
      for (const url of urlsOf(letter.id)) {
        await expectDenied(request, url);
        await expectDenied(request, url, other);
        const ok = await request.get(url, { headers: cookieHeader(right), maxRedirects: 0 });
        expect(ok.status(), `${url} as its coordinator`).toBe(200);
      }
    });
  }

  test("the letters list shows only assigned letters; new letter needs a session", async ({ request }) => {
    const right = await seedUserWithSession("coordinator");
    const other = await seedUserWithSession("coordinator");
    const { letter } = await seedLetterWithSignature(right.id);
    await expectDenied(request, "/en/coordinator");
    await expectDenied(request, "/en/coordinator/letters/new");
    await expectDenied(request, "/en/coordinator/settings");
    const theirs = await request.get("/en/coordinator", { headers: cookieHeader(other) });
    expect(await theirs.text()).not.toContain(letter.title);
    const mine = await request.get("/en/coordinator", { headers: cookieHeader(right) });
    expect(await mine.text()).toContain(letter.title);
  });

  test("the people page is for administrators only", async ({ request }) => {
    const admin = await seedUserWithSession("admin");
    const coordinator = await seedUserWithSession("coordinator");
    await expectDenied(request, "/en/coordinator/people");
    await expectDenied(request, "/en/coordinator/people", coordinator);
    expect((await request.get("/en/coordinator/people", { headers: cookieHeader(admin) })).status()).toBe(200);
  });

  test("an expired session is no session", async ({ request }) => {
    const expired = await seedUserWithSession("admin", true);
    const res = await request.get("/en/coordinator", { headers: cookieHeader(expired), maxRedirects: 0 });
    expect(res.headers().location).toMatch(/\/signin/);
  });
});

/**
 * Server actions are tried with the request a browser makes: the right person's page is loaded and
 * the form submitted, and that POST (its action id, router state and form body) is held back and
 * sent again as each person, only the session cookie differing. The page loads once per case.
 */
type HeldPost = { url: string; headers: Record<string, string>; body: Buffer | null };

async function holdBackPost(page: Page, submit: () => Promise<void>): Promise<HeldPost> {
  let held!: (request: Request) => void;
  const posted = new Promise<Request>((resolve) => (held = resolve));
  await page.route(() => true, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    held(route.request());
    await route.abort();
  });
  await submit();
  const post = await posted;
  await page.unrouteAll({ behavior: "ignoreErrors" });
  // The cookie is the one thing each attempt sets; the rest is left to the client to compute.
  const dropped = new Set(["cookie", "host", "content-length", "connection"]);
  const headers = Object.fromEntries(Object.entries(await post.allHeaders()).filter(([name]) => !dropped.has(name)));
  return { url: post.url(), headers, body: post.postDataBuffer() };
}

for (const c of cases) {
  test(`server action: ${c.name}`, async ({ browser, request }) => {
    const admin = await seedUserWithSession("admin");
    const right = c.admin ? admin : await seedUserWithSession("coordinator");
    const other = await seedUserWithSession("coordinator");
    const otherLetter = await seedLetterWithSignature(other.id);
    const { letter, signature } = await seedLetterWithSignature(c.admin ? undefined : right.id);
    const ids: Ids = {
      letterId: letter.id, signatureId: signature.id, orgName: signature.orgName,
      otherLetterId: otherLetter.letter.id, coordinatorId: other.id, coordinatorEmail: other.email,
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(context, right);
    await c.open(page, ids);
    const post = await holdBackPost(page, () => c.submit(page, ids));
    await context.close();

    // Creating a letter and changing one's own settings are open to every coordinator: "other" is a
    // right person there (and the same new letter sent twice would only meet its own slug).
    const attempts: [Who, SeededUser | undefined][] = c.anyCoordinator
      ? [["anonymous", undefined], ["right", other]]
      : [["anonymous", undefined], ["other", other], ["right", right]];
    for (const [who, user] of attempts) {
      const before = await snapshot();
      // Answered: whatever the action was going to change is written.
      await request.post(post.url, { headers: { ...post.headers, ...cookieHeader(user) }, data: post.body ?? undefined, maxRedirects: 0 });
      const after = await snapshot();
      if (who === "right") expect(after, `${c.name} as the right person changes something`).not.toBe(before);
      else expect(after, `${c.name} as ${who} changes nothing`).toBe(before);
    }
  });
}
