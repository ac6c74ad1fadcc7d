// Invitations go through the outbox to a real SMTP server; only admins invite and assign.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, seedSession, seedUser } from "@/lib/testing/seed";

const smtp = await catchMailForThisFile();
const { db } = await import("@/lib/db");
const { assignCoordinator, inviteCoordinator, setAccessDisabled } = await import("@/lib/coordinators/mutations");
const { deliverDueMail } = await import("@/lib/mail/worker");
const { findActiveUser } = await import("@/lib/auth/queries");
const { authorizeAdmin } = await import("@/lib/auth/access");

test("an admin invites a coordinator to a letter: account, assignment, audit, mail", async () => {
  const admin = authorizeAdmin(await seedUser(db, "admin"))!;
  const letter = await seedLetter(db);
  const result = await inviteCoordinator(admin, { email: "new-coordinator@example.org", letterIds: [letter.id] });
  assert.ok(result.ok);
  const user = await db.user.findUniqueOrThrow({ where: { email: "new-coordinator@example.org" }, include: { letters: true } });
  assert.equal(user.role, "coordinator");
  assert.deepEqual(user.letters.map((l) => l.letterId), [letter.id]);
  assert.equal(await db.auditEvent.count({ where: { letterId: letter.id, action: "coordinator.assign", targetId: user.id } }), 1);
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: user.email });
  assert.match(mail.linkById("invitation-link"), /\/signin\?email=new-coordinator%40example\.org$/);
  assert.match(mail.text, new RegExp(letter.title));
});

test("the invitation is in the inviting admin's language, with a sign-in link in it", async () => {
  const { translatorFor } = await import("@/lib/i18n/translator");
  const admin = authorizeAdmin(await seedUser(db, "admin"))!;
  assert.ok((await inviteCoordinator(admin, { email: "arabic-invitee@example.org", letterIds: [] }, "ar")).ok);
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: "arabic-invitee@example.org" });
  assert.equal(mail.subject, (await translatorFor("mail.invitation", "ar"))("subject"));
  assert.match(mail.html, /<html lang="ar" dir="rtl">/);
  assert.equal(mail.linkById("invitation-link"), "http://localhost:3999/ar/signin?email=arabic-invitee%40example.org");
});

test("coordinators cannot invite or assign: only an administrator is an AuthorizedAdmin", async () => {
  const coordinator = await seedUser(db);
  const letter = await seedLetter(db);
  assert.equal(authorizeAdmin(coordinator), null);
  assert.ok(authorizeAdmin(await seedUser(db, "admin")));
  // The mutations take an AuthorizedAdmin, so passing a plain user does not compile (tsc checks these lines).
  const unchecked = () => [
    // @ts-expect-error a coordinator is not an AuthorizedAdmin
    inviteCoordinator(coordinator, { email: "friend@example.org", letterIds: [] }),
    // @ts-expect-error a coordinator is not an AuthorizedAdmin
    assignCoordinator(coordinator, { letterId: letter.id, userId: coordinator.id }),
  ];
  assert.equal(typeof unchecked, "function");
});

test("an admin takes a coordinator's access away: sessions end, the account and its history stay", async () => {
  const admin = authorizeAdmin(await seedUser(db, "admin"))!;
  const coordinator = await seedUser(db);
  await seedSession(db, coordinator.id);
  assert.deepEqual(await setAccessDisabled(admin, { userId: admin.id, disabled: true }), { ok: false, code: "OWN_ACCESS" });
  assert.deepEqual(await setAccessDisabled(admin, { userId: coordinator.id, disabled: true }), { ok: true });
  assert.equal(await findActiveUser(coordinator.email), null);
  assert.equal(await db.session.count({ where: { userId: coordinator.id } }), 0);
  assert.deepEqual(await setAccessDisabled(admin, { userId: coordinator.id, disabled: false }), { ok: true });
  assert.ok(await findActiveUser(coordinator.email));
  const actions = (await db.auditEvent.findMany({ where: { targetId: coordinator.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["coordinator.disable", "coordinator.enable"]);
});
