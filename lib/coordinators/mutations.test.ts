// Invitations go through the outbox to a real SMTP server; only admins invite and assign.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startSmtpServer, type SmtpCatcher } from "@/lib/testing/smtp";

let smtp: SmtpCatcher;
before(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
});
after(() => smtp.stop());

test("an admin invites a coordinator to a letter: account, assignment, audit, mail", async () => {
  const { db } = await import("@/lib/db");
  const { inviteCoordinator } = await import("@/lib/coordinators/mutations");
  const { deliverDueMail } = await import("@/lib/mail/worker");
  const { authorizeAdmin } = await import("@/lib/auth/access");
  const { seedLetter, seedUser } = await import("@/lib/coordinators/test-seed");
  const admin = authorizeAdmin(await seedUser("admin"))!;
  const letter = await seedLetter();
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

test("coordinators cannot invite or assign: only an administrator is an AuthorizedAdmin", async () => {
  const { assignCoordinator, inviteCoordinator } = await import("@/lib/coordinators/mutations");
  const { authorizeAdmin } = await import("@/lib/auth/access");
  const { seedLetter, seedUser } = await import("@/lib/coordinators/test-seed");
  const coordinator = await seedUser();
  const letter = await seedLetter();
  assert.equal(authorizeAdmin(coordinator), null);
  assert.ok(authorizeAdmin(await seedUser("admin")));
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
  const { db } = await import("@/lib/db");
  const { setAccessDisabled } = await import("@/lib/coordinators/mutations");
  const { findActiveUser } = await import("@/lib/auth/users");
  const { authorizeAdmin } = await import("@/lib/auth/access");
  const { seedUser } = await import("@/lib/coordinators/test-seed");
  const admin = authorizeAdmin(await seedUser("admin"))!;
  const coordinator = await seedUser();
  await db.session.create({ data: { sessionToken: `t-${coordinator.id}`, userId: coordinator.id, expires: new Date(Date.now() + 86_400_000) } });
  assert.deepEqual(await setAccessDisabled(admin, { userId: admin.id, disabled: true }), { ok: false, code: "OWN_ACCESS" });
  assert.deepEqual(await setAccessDisabled(admin, { userId: coordinator.id, disabled: true }), { ok: true });
  assert.equal(await findActiveUser(coordinator.email), null);
  assert.equal(await db.session.count({ where: { userId: coordinator.id } }), 0);
  assert.deepEqual(await setAccessDisabled(admin, { userId: coordinator.id, disabled: false }), { ok: true });
  assert.ok(await findActiveUser(coordinator.email));
  const actions = (await db.auditEvent.findMany({ where: { targetId: coordinator.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["coordinator.disable", "coordinator.enable"]);
});
