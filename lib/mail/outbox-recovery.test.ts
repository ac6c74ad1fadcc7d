// The outbox across real process boundaries: app instances are child processes sharing the
// test database (SQLite file or PostgreSQL), mail goes to a real SMTP server on loopback.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "@/lib/testing/ports";
import { seedLetter, uniqueEmail, uniqueId } from "@/lib/testing/seed";
import { startSmtpServer, type SmtpCatcher } from "@/lib/testing/smtp";

const children = new Set<ChildProcess>();
const catchers: SmtpCatcher[] = [];
after(async () => {
  for (const child of children) child.kill("SIGKILL");
  for (const smtp of catchers) await smtp.stop();
});

function appInstance(smtpPort: number, args: string[] = []): ChildProcess {
  // node itself with tsx's loader (not the tsx CLI, which is a wrapper): a kill hits the instance.
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only.mjs", "lib/testing/mail-worker-process.ts", ...args], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_POLL_MS: "100" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Returns once an instance has finished a delivery pass that began after this call. The mail
 * queued here is the newest due row; a pass takes due rows oldest first and sends them one after
 * another, so by the time this one arrives that pass has dealt with every older row it could
 * claim. What it left unsent, it chose to leave.
 */
async function afterANewPass(smtp: SmtpCatcher) {
  const { db } = await import("@/lib/db");
  const { enqueueMail } = await import("@/lib/mail/outbox");
  const to = uniqueEmail("next-pass");
  await enqueueMail(db, { kind: "test", to, subject: "next pass", html: "<p>x</p>", text: "x" });
  await smtp.waitForMail({ to, timeoutMs: 30_000 });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

test("SMTP down, sign, the app dies, a new instance starts, SMTP comes up: the mail arrives once", { timeout: 90_000 }, async () => {
  const { db } = await import("@/lib/db");
  const letter = await seedLetter(db);
  const email = uniqueEmail("late");
  const port = await freePort();

  // 1. The app signs while the SMTP server is down: the signature and its mail are stored together,
  //    the first delivery attempt fails and is recorded.
  const first = appInstance(port, ["sign", letter.slug, email]);
  const row = await until("a failed first attempt", async () => {
    const m = await db.outboxMessage.findFirst({ where: { to: email } });
    return m && m.attempts >= 1 && m;
  });
  assert.equal(row.status, "pending");
  assert.ok(row.lastError);
  assert.equal(await db.signature.count({ where: { letterId: letter.id } }), 1);

  // 2. The app is killed without warning.
  await kill(first);

  // 3. Time passes: the retry back-off (30 s after a first failure) is over. Moved in the database
  //    rather than waited for, to keep the test fast.
  await db.outboxMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });

  // 4. A new instance starts, then the SMTP server comes up, late, on the configured port.
  const second = appInstance(port);
  await sleep(300);
  const smtp = await startSmtpServer({ port });
  catchers.push(smtp);
  const mail = await smtp.waitForMail({ to: email, timeoutMs: 30_000 });
  assert.ok(mail.linkById("confirm-link").includes("/confirm/"));

  // It stays once: the row is marked sent and later passes do not send it again.
  await until("the row marked sent", async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status === "sent");
  await afterANewPass(smtp);
  assert.equal(smtp.messages.filter((m) => m.to.includes(email)).length, 1);
  await kill(second);
});

test("two instances polling one database send each of 40 mails exactly once", { timeout: 90_000 }, async () => {
  const { db } = await import("@/lib/db");
  const { enqueueMail } = await import("@/lib/mail/outbox");
  const smtp = await startSmtpServer();
  catchers.push(smtp);
  const run = uniqueId();
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const { id } = await enqueueMail(db, { kind: "test", to: `race-${run}-${i}@example.org`, subject: `race ${i}`, html: "<p>x</p>", text: "x" });
    ids.push(id);
  }
  const workers = [appInstance(smtp.port), appInstance(smtp.port)];
  await until("all 40 mails sent", async () => (await db.outboxMessage.count({ where: { id: { in: ids }, status: "sent" } })) === 40, 60_000);
  await afterANewPass(smtp);
  const mine = smtp.messages.filter((m) => m.to.some((t) => t.startsWith(`race-${run}-`)));
  assert.equal(mine.length, 40, "each mail delivered once");
  assert.equal(new Set(mine.map((m) => m.to.join())).size, 40);
  const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { attempts: true, leaseOwner: true } });
  assert.ok(rows.every((r) => r.attempts === 1), "no mail was attempted twice");
  const owners = new Set(rows.map((r) => r.leaseOwner));
  console.info(`[outbox] 40 mails sent by ${owners.size} instance(s)`);
  await Promise.all(workers.map(kill));
});

test("an instance killed mid-send leaves a lease that expires; another instance then sends the mail once", { timeout: 90_000 }, async () => {
  const { db } = await import("@/lib/db");
  const { enqueueMail } = await import("@/lib/mail/outbox");
  // An SMTP server that accepts the connection and never answers: the worker hangs mid-send.
  const hang = createServer(() => {});
  await new Promise<void>((resolve) => hang.listen(0, "127.0.0.1", resolve));
  const hangPort = (hang.address() as AddressInfo).port;
  const to = uniqueEmail("midway");
  const { id } = await enqueueMail(db, { kind: "test", to, subject: "midway", html: "<p>x</p>", text: "x" });

  const stuck = appInstance(hangPort);
  const leased = await until("the row leased by the stuck instance", async () => {
    const m = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    return m.leaseOwner && m.leaseUntil ? m : null;
  });
  await kill(stuck);
  hang.close();
  assert.equal(leased.status, "pending");

  // Until the lease runs out nobody else touches the row; then it is fair game. The 60 s lease
  // is moved into the past here instead of waited for.
  const smtp = await startSmtpServer();
  catchers.push(smtp);
  const next = appInstance(smtp.port);
  await afterANewPass(smtp);
  assert.equal(smtp.messages.filter((m) => m.to.includes(to)).length, 0, "a live lease is respected");
  await db.outboxMessage.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
  await smtp.waitForMail({ to, timeoutMs: 30_000 });
  await until("the row marked sent", async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status === "sent");
  await afterANewPass(smtp);
  assert.equal(smtp.messages.filter((m) => m.to.includes(to)).length, 1);
  await kill(next);
});
