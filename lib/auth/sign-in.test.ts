// The magic-link flow through Auth.js's own handlers and a real SMTP server: invited people and
// ADMIN_EMAILS get a link, strangers get the same answer and no mail, the link opens a database
// session, and an address that lost access cannot use a link it already has. The links are on
// APP_URL whatever host the request names, addresses are read by the app's rules, sessions name
// their account by id, and ADMIN_EMAILS both grants and takes away the administrator role.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";

// APP_URL (lib/testing/preload.ts). No AUTH_URL: the app must not depend on an operator setting it.
const ORIGIN = "http://localhost:3999";
delete process.env.AUTH_URL;
delete process.env.AUTH_TRUST_HOST;
const smtp = await catchMailForThisFile({ ADMIN_EMAILS: "boss@example.org,listed@example.org" });

const cookieJar = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

/** Asks for a link the way a browser does; `origin` and `headers` are what the request claims. */
async function requestLink(email: string, origin = ORIGIN, headers: Record<string, string> = {}, callbackPath = "/coordinator"): Promise<Response> {
  const { handlers } = await import("@/auth");
  const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`, { headers }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return handlers.POST(new NextRequest(`${origin}/api/auth/signin/email`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieJar(csrf) },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${origin}${callbackPath}` }),
  }));
}

async function deliver() {
  const { deliverDueMail } = await import("@/lib/mail/worker");
  await deliverDueMail();
}

test("a bootstrap admin gets a link; following it writes a session", async () => {
  const { db } = await import("@/lib/db");
  const res = await requestLink("Boss@Example.org");
  // Auth.js answers with its verify-request route, which sends people on to our page.
  const { handlers } = await import("@/auth");
  const verify = await handlers.GET(new NextRequest(res.headers.get("location")!));
  assert.match(verify.headers.get("location") ?? "", /^\/signin\/check-inbox\b/);
  await deliver();
  const mail = await smtp.waitForMail({ to: "boss@example.org" });
  const link = mail.linkById("sign-in-link");
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: "boss@example.org" } })).role, "admin");

  const callback = await handlers.GET(new NextRequest(link));
  assert.equal(callback.headers.get("location"), `${ORIGIN}/coordinator`);
  assert.match(callback.headers.getSetCookie().join(";"), /authjs\.session-token=/);
  const user = await db.user.findUniqueOrThrow({ where: { email: "boss@example.org" } });
  assert.equal(await db.session.count({ where: { userId: user.id } }), 1);
  const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
  const days = (session.expires.getTime() - Date.now()) / 86_400_000;
  assert.ok(days > 6.9 && days <= 7, "sessions expire after seven days");
});

test("the sign-in mail is in the language of the page it was asked from (its callback), else English", async () => {
  const { db } = await import("@/lib/db");
  const { translatorFor } = await import("@/lib/i18n/translator");
  for (const [path, locale] of [["/ar/coordinator", "ar"], ["/es/coordinator/letters", "es"], ["/coordinator", "en"]] as const) {
    const user = await db.user.create({ data: { email: `lang-${locale}@example.org` } });
    await requestLink(user.email, ORIGIN, {}, path);
    await deliver();
    const mail = await smtp.waitForMail({ to: user.email });
    const t = await translatorFor("mail.signIn", locale);
    assert.equal(mail.subject, t("subject"), path);
    assert.ok(mail.text.includes(t("heading")), path);
    assert.match(mail.html, new RegExp(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`));
    assert.equal(new URL(new URL(mail.linkById("sign-in-link")).searchParams.get("callbackUrl")!).pathname, path);
  }
});

test("a stranger sees the same answer and gets no mail and no account", async () => {
  const { db } = await import("@/lib/db");
  const invited = await db.user.create({ data: { email: "invited@example.org" } });
  const stranger = await requestLink("stranger@example.org");
  const known = await requestLink("invited@example.org");
  assert.equal(stranger.status, known.status);
  assert.equal(stranger.headers.get("location"), known.headers.get("location"));
  await deliver();
  await smtp.waitForMail({ to: invited.email });
  assert.equal(smtp.messages.filter((m) => m.to.includes("stranger@example.org")).length, 0);
  assert.equal(await db.user.count({ where: { email: "stranger@example.org" } }), 0);
  assert.equal(await db.verificationToken.count({ where: { identifier: "stranger@example.org" } }), 0);
  assert.equal(await db.verificationToken.count({ where: { identifier: invited.email } }), 1);
});

test("a link stops working when its owner's access is removed", async () => {
  const { db } = await import("@/lib/db");
  const user = await db.user.create({ data: { email: "leaver@example.org" } });
  await requestLink(user.email);
  await deliver();
  const link = (await smtp.waitForMail({ to: user.email })).linkById("sign-in-link");
  await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  const { handlers } = await import("@/auth");
  const callback = await handlers.GET(new NextRequest(link));
  assert.match(callback.headers.get("location") ?? "", /\/signin\?error=AccessDenied/);
  assert.equal(await db.session.count({ where: { userId: user.id } }), 0);
});

test("the mailed link is on APP_URL even when the request says it is for another host", async () => {
  const { db } = await import("@/lib/db");
  const user = await db.user.create({ data: { email: "victim@example.org" } });
  const res = await requestLink(user.email, "http://evil.example", { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  assert.doesNotMatch(res.headers.get("location") ?? "", /evil\.example/);
  await deliver();
  const mail = await smtp.waitForMail({ to: user.email });
  const link = new URL(mail.linkById("sign-in-link"));
  assert.equal(link.origin, ORIGIN);
  assert.doesNotMatch(mail.text + mail.html, /evil\.example/);
  // The callback named the other host too: Auth.js sends people home instead.
  assert.ok(link.searchParams.get("callbackUrl")?.startsWith(ORIGIN), link.searchParams.get("callbackUrl") ?? "");
});

test("lookalike spellings of an address are one identity: one account, one token identifier", async () => {
  const { db } = await import("@/lib/db");
  const { normaliseEmail } = await import("@/lib/email-address");
  // Fullwidth letters, a fullwidth dot and a fullwidth @: NFKC folds them to the listed address.
  const spellings = ["ＢＯＳＳ@example.org", "boss@example\uff0eorg", "boss\uff20example.org", " Boss@EXAMPLE.org "];
  for (const spelling of spellings) await requestLink(spelling);
  const users = await db.user.findMany({ select: { email: true } });
  assert.deepEqual(users.filter((u) => normaliseEmail(u.email) === "boss@example.org").map((u) => u.email), ["boss@example.org"]);
  const tokens = await db.verificationToken.findMany({ select: { identifier: true } });
  const forBoss = tokens.filter((t) => normaliseEmail(t.identifier) === "boss@example.org").map((t) => t.identifier);
  assert.ok(forBoss.length >= spellings.length);
  assert.deepEqual([...new Set(forBoss)], ["boss@example.org"]);
});

test("addresses the app refuses get no token and no mail through Auth.js's endpoint either", async () => {
  const { db } = await import("@/lib/db");
  const before = await db.verificationToken.count();
  const outbox = await db.outboxMessage.count();
  for (const bad of ["boss@example.org,evil.example", '"boss@example.org"@evil.example', "boss@example.org@evil.example", "boss", ""]) {
    const res = await requestLink(bad);
    assert.ok(res.status < 500, `${bad}: ${res.status}`);
  }
  assert.equal(await db.verificationToken.count(), before);
  assert.equal(await db.outboxMessage.count(), outbox);
});

test("a session names its account by id, and a differently spelled row is not another account's session", async () => {
  const { db } = await import("@/lib/db");
  const { handlers } = await import("@/auth");
  const { findActiveUserById } = await import("@/lib/auth/queries");
  // An account whose stored address is spelled differently from an administrator's normalised one.
  const admin = await db.user.create({ data: { email: "same@example.org", role: "admin" } });
  const other = await db.user.create({ data: { email: "Same@Example.org", role: "coordinator" } });
  const sessionToken = "session-of-the-other-account";
  await db.session.create({ data: { sessionToken, userId: other.id, expires: new Date(Date.now() + 86_400_000) } });
  const res = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: `authjs.session-token=${sessionToken}` } }));
  const session = (await res.json()) as { user?: { id?: string } };
  assert.equal(session.user?.id, other.id);
  assert.deepEqual(await findActiveUserById(session.user!.id!), { id: other.id, email: "Same@Example.org", role: "coordinator" });
  assert.notEqual(session.user?.id, admin.id);
  // The address changes in the database: the session still belongs to the same account.
  await db.user.update({ where: { id: other.id }, data: { email: "renamed@example.org" } });
  const again = (await (await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie: `authjs.session-token=${sessionToken}` } }))).json()) as { user?: { id?: string } };
  assert.equal(again.user?.id, other.id);
});

test("an administrator taken off ADMIN_EMAILS is a coordinator from their next sign-in, audited", async () => {
  const { db } = await import("@/lib/db");
  const { admitToSignIn } = await import("@/lib/auth/sign-in");
  assert.equal(await admitToSignIn("former@example.org", ["former@example.org"]), true);
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: "former@example.org" } })).role, "admin");
  assert.equal(await admitToSignIn("Former@Example.org", ["someone-else@example.org"]), true, "still invited, as a coordinator");
  const user = await db.user.findUniqueOrThrow({ where: { email: "former@example.org" } });
  assert.equal(user.role, "coordinator");
  const events = await db.auditEvent.findMany({ where: { targetId: user.id, action: "coordinator.demote" } });
  assert.equal(events.length, 1);
  assert.equal(events[0].letterId, null);
  // Listed addresses keep the role; a second request does not audit twice.
  await admitToSignIn("former@example.org", []);
  assert.equal(await db.auditEvent.count({ where: { targetId: user.id, action: "coordinator.demote" } }), 1);
  await admitToSignIn("listed@example.org");
  await admitToSignIn("listed@example.org");
  assert.equal((await db.user.findUniqueOrThrow({ where: { email: "listed@example.org" } })).role, "admin");
});

test("a link requested while listed does not make an administrator once the address is off the list", async () => {
  const { db } = await import("@/lib/db");
  const { env } = await import("@/lib/env");
  await requestLink("listed@example.org");
  await deliver();
  const link = (await smtp.waitForMail({ to: "listed@example.org" })).linkById("sign-in-link");
  const listed = env.ADMIN_EMAILS.splice(env.ADMIN_EMAILS.indexOf("listed@example.org"), 1);
  try {
    const { handlers } = await import("@/auth");
    const callback = await handlers.GET(new NextRequest(link));
    assert.equal(callback.headers.get("location"), `${ORIGIN}/coordinator`);
    assert.equal((await db.user.findUniqueOrThrow({ where: { email: "listed@example.org" } })).role, "coordinator");
  } finally {
    env.ADMIN_EMAILS.push(...listed);
  }
});
