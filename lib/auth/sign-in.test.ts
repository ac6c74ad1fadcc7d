// The magic-link flow through Auth.js's own handlers and a real SMTP server: invited people and
// ADMIN_EMAILS get a link, strangers get the same answer and no mail, the link opens a database
// session, and an address that lost access cannot use a link it already has.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";

const ORIGIN = "http://localhost:3999";
const smtp = await catchMailForThisFile({ ADMIN_EMAILS: "boss@example.org", AUTH_URL: ORIGIN, AUTH_TRUST_HOST: "true" });

const cookieJar = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

async function requestLink(email: string): Promise<Response> {
  const { handlers } = await import("@/auth");
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return handlers.POST(new NextRequest(`${ORIGIN}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieJar(csrf) },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: `${ORIGIN}/coordinator` }),
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
