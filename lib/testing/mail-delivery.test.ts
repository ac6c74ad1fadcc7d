// The outbox end to end on the test database: a queued mail reaches a real SMTP server
// through the worker, exactly once. Runs on SQLite and on PostgreSQL (TEST_DB=postgresql).
import assert from "node:assert/strict";
import { test } from "node:test";
import { catchMailForThisFile } from "@/lib/testing/catch-mail";

const smtp = await catchMailForThisFile();

test("a queued mail is sent over SMTP once and marked sent", async () => {
  const { db } = await import("@/lib/db");
  const { enqueueMail } = await import("@/lib/mail/outbox");
  const { deliverDueMail } = await import("@/lib/mail/worker");

  const { id } = await enqueueMail(db, {
    kind: "test",
    to: "outbox@example.org",
    subject: "Bitte bestätigen · 确认",
    html: '<a id="confirm-link" href="http://localhost:3999/confirm/t">Confirm</a>',
    text: "http://localhost:3999/confirm/t",
  });
  assert.equal(await deliverDueMail(), 1);
  assert.equal(await deliverDueMail(), 0, "a sent mail is not sent again");

  const mail = await smtp.waitForMail({ to: "outbox@example.org" });
  assert.equal(mail.subject, "Bitte bestätigen · 确认");
  assert.equal(mail.linkById("confirm-link"), "http://localhost:3999/confirm/t");
  assert.equal(smtp.messages.length, 1);
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
  assert.equal(row.status, "sent");
  assert.equal(row.attempts, 1);
});
