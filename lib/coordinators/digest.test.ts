// The coordinators' daily digest on the test database (SQLite, or PostgreSQL with TEST_DB=postgresql),
// with mail delivered over a real SMTP exchange: who gets it, once a day, in their language, with
// the right counts, links and unsubscribe headers; switching it off; instances racing send it once.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";
import { startInstance } from "@/lib/testing/instances";
import { seedLetter, seedSignature, seedUser } from "@/lib/testing/seed";

const smtp = await catchMailForThisFile({ DIGEST_HOUR_UTC: "7" });

const lib = async () => ({
  ...(await import("@/lib/db")),
  ...(await import("@/lib/env")),
  ...(await import("@/lib/coordinators/digest")),
  ...(await import("@/lib/coordinators/settings")),
  ...(await import("@/lib/mail/worker")),
});

/** Day `n` after a fixed day, at `hour` UTC: each test has its own days. */
const at = (n: number, hour: number) => new Date(Date.UTC(2026, 11, 1 + n, hour, 30));

/** A coordinator with a language, coordinating a new letter with signatures in the given statuses. */
async function coordinatorWithLetter(locale: string, title: string, statuses: string[], role: "admin" | "coordinator" = "coordinator") {
  const { db } = await lib();
  const user = await seedUser(db, role);
  await db.user.update({ where: { id: user.id }, data: { locale } });
  const letter = await seedLetter(db, { title, coordinatorId: user.id });
  for (const status of statuses) await seedSignature(db, letter.id, { status });
  return { user, letter };
}

const digestsTo = async (email: string) => {
  const { db } = await lib();
  return db.outboxMessage.count({ where: { kind: "digest", to: email } });
};

test("the coordinator with signatures awaiting review gets one digest in their language, with the counts, the queue links and both unsubscribe headers; nobody else", async () => {
  const { db, env, sendDueDigests, deliverDueMail } = await lib();
  const busy = await coordinatorWithLetter("fr", "Garder le forum ouvert", ["confirmed", "confirmed", "approved", "pending_confirmation", "rejected"]);
  const second = await seedLetter(db, { title: "Une autre lettre", coordinatorId: busy.user.id });
  await seedSignature(db, second.id, { status: "confirmed" });
  const quiet = await coordinatorWithLetter("en", "Nothing to review", ["approved", "pending_confirmation"]);

  assert.deepEqual((await sendDueDigests(at(0, 6))).filter((id) => id === busy.user.id), [], "not before the hour");
  const sent = await sendDueDigests(at(0, 8));
  assert.ok(sent.includes(busy.user.id));
  assert.ok(!sent.includes(quiet.user.id), "no mail when nothing awaits review");
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: busy.user.email });
  assert.match(mail.subject, /^3 signatures attendent d’être examinées$/);
  assert.match(mail.text, /Garder le forum ouvert\n {2}2 signatures à examiner\n/);
  assert.match(mail.text, /Une autre lettre\n {2}1 signature à examiner\n/);
  assert.equal(mail.linkById("review-link-1"), `${env.APP_URL}/fr/coordinator/letters/${busy.letter.id}/signatures?status=confirmed`);
  assert.equal(mail.linkById("review-link-2"), `${env.APP_URL}/fr/coordinator/letters/${second.id}/signatures?status=confirmed`);
  assert.equal(mail.linkById("settings-link"), `${env.APP_URL}/fr/coordinator/settings`);
  assert.match(mail.headers["list-unsubscribe"], new RegExp(`^<${env.APP_URL}/api/digest/unsubscribe/${busy.user.id}/[0-9a-f]{32}>$`));
  assert.equal(mail.headers["list-unsubscribe-post"], "List-Unsubscribe=One-Click");
  assert.equal(smtp.messages.filter((m) => m.to.includes(quiet.user.email)).length, 0);

  assert.ok(!(await sendDueDigests(at(0, 20))).includes(busy.user.id), "a second pass the same day sends nothing");
  assert.equal(await digestsTo(busy.user.email), 1);
  assert.ok((await sendDueDigests(at(1, 7))).includes(busy.user.id), "the next day, again");
  assert.equal(await digestsTo(busy.user.email), 2);
});

test("switched off, or a disabled account, gets nothing; switched on again, it comes back", async () => {
  const { db, sendDueDigests, saveSettings } = await lib();
  const { user } = await coordinatorWithLetter("es", "Carta", ["confirmed"]);
  const disabled = await coordinatorWithLetter("en", "Letter of a former coordinator", ["confirmed"]);
  await db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });

  assert.deepEqual(await saveSettings(user, { digestEnabled: false, locale: "es" }), { ok: true });
  const off = await sendDueDigests(at(5, 9));
  assert.ok(!off.includes(user.id) && !off.includes(disabled.user.id));
  assert.equal(await digestsTo(user.email), 0);
  assert.equal(await digestsTo(disabled.user.email), 0);
  const event = await db.auditEvent.findFirstOrThrow({ where: { action: "coordinator.settings", targetId: user.id } });
  assert.deepEqual(JSON.parse(event.details).digestEnabled, { before: true, after: false });

  assert.deepEqual(await saveSettings(user, { digestEnabled: true, locale: "ru" }), { ok: true });
  assert.ok((await sendDueDigests(at(5, 10))).includes(user.id));
  const row = await db.outboxMessage.findFirstOrThrow({ where: { kind: "digest", to: user.email } });
  assert.match(row.subject, /^Ожидают рассмотрения: 1 подпись$/, "in the language just chosen");
});

test("the one-click link switches the digest off; a forged key, or another's, is refused", async () => {
  const { db, sendDueDigests, deliverDueMail, unsubscribeDigest } = await lib();
  const leaving = await coordinatorWithLetter("ar", "رسالة مفتوحة", ["confirmed", "confirmed"]);
  const staying = await coordinatorWithLetter("zh", "公开信", ["confirmed"]);
  await sendDueDigests(at(8, 9));
  await deliverDueMail();
  const mail = await smtp.waitForMail({ to: leaving.user.email });
  assert.match(mail.html, /dir="rtl"/);
  assert.match(mail.subject, /توقيعان بانتظار المراجعة/);
  const [, userId, key] = /\/api\/digest\/unsubscribe\/([^/]+)\/([^/>]+)>/.exec(mail.headers["list-unsubscribe"])!;
  assert.equal(userId, leaving.user.id);

  const forged = key.replace(/^./, (c) => (c === "0" ? "1" : "0"));
  assert.deepEqual(await unsubscribeDigest(userId, forged), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await unsubscribeDigest(staying.user.id, key), { ok: false, code: "NOT_FOUND" }, "one coordinator's key does not fit another");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).digestEnabled, true);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: staying.user.id } })).digestEnabled, true);

  assert.deepEqual(await unsubscribeDigest(userId, key), { ok: true });
  assert.deepEqual(await unsubscribeDigest(userId, key), { ok: true }, "a second click is fine");
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).digestEnabled, false);
  assert.equal(await db.auditEvent.count({ where: { action: "coordinator.settings", targetId: leaving.user.id } }), 1);

  const next = await sendDueDigests(at(9, 9));
  assert.ok(!next.includes(leaving.user.id));
  assert.ok(next.includes(staying.user.id));
});

const instance = () => startInstance("lib/testing/digest-pass-process.ts");

const passes = (child: ChildProcess, now: Date) =>
  new Promise<string[]>((resolve) => {
    child.once("message", (m) => resolve((m as { sent: string[] }).sent));
    child.send({ now: now.toISOString() });
  });

test("three instances racing over the same due coordinators send each one digest", { timeout: 120_000 }, async () => {
  const coordinators = await Promise.all(Array.from({ length: 8 }, (_, i) => coordinatorWithLetter("en", `Race ${i}`, ["confirmed"])));
  const ids = new Set(coordinators.map((c) => c.user.id));
  const instances = await Promise.all([instance(), instance(), instance()]);
  const sent = (await Promise.all(instances.map((child) => passes(child, at(12, 9))))).flat().filter((id) => ids.has(id));
  assert.equal(sent.length, coordinators.length, "each coordinator mailed by exactly one instance");
  assert.equal(new Set(sent).size, coordinators.length);
  for (const { user } of coordinators) assert.equal(await digestsTo(user.email), 1);
});
