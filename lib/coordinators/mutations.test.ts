// Invitations go through the outbox to a real SMTP server; only admins invite and assign.
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { seedLetter, seedSession, seedUser } from "@/lib/testing/seed";

const smtp = await catchMailForThisFile();
const { db } = await import("@/lib/db");
const { assignCoordinator, inviteCoordinator, setAccessDisabled } = await import("@/lib/coordinators/mutations");
const { deliverDueMail } = await import("@/lib/mail/worker");
const { findActiveUser } = await import("@/lib/auth/users");

test("an admin invites a coordinator to a letter: account, assignment, audit, mail", async () => {
  const admin = await seedUser(db, "admin");
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

test("coordinators cannot invite or assign", async () => {
  const coordinator = await seedUser(db);
  const letter = await seedLetter(db);
  assert.deepEqual(await inviteCoordinator(coordinator, { email: "friend@example.org", letterIds: [] }), { ok: false, code: "NOT_ADMIN" });
  assert.deepEqual(await assignCoordinator(coordinator, letter.id, coordinator.id), { ok: false, code: "NOT_ADMIN" });
  assert.equal(await db.user.count({ where: { email: "friend@example.org" } }), 0);
  assert.equal(await db.letterCoordinator.count({ where: { letterId: letter.id } }), 0);
});

test("an admin takes a coordinator's access away: sessions end, the account and its history stay", async () => {
  const admin = await seedUser(db, "admin");
  const coordinator = await seedUser(db);
  await seedSession(db, coordinator.id);
  assert.deepEqual(await setAccessDisabled(coordinator, admin.id, true), { ok: false, code: "NOT_ADMIN" });
  assert.deepEqual(await setAccessDisabled(admin, admin.id, true), { ok: false, code: "SELF" });
  assert.deepEqual(await setAccessDisabled(admin, coordinator.id, true), { ok: true });
  assert.equal(await findActiveUser(coordinator.email), null);
  assert.equal(await db.session.count({ where: { userId: coordinator.id } }), 0);
  assert.deepEqual(await setAccessDisabled(admin, coordinator.id, false), { ok: true });
  assert.ok(await findActiveUser(coordinator.email));
  const actions = (await db.auditEvent.findMany({ where: { targetId: coordinator.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["coordinator.disable", "coordinator.enable"]);
});
