import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import nodemailer from "nodemailer";
import { findLinkById, startSmtpServer, type SmtpCatcher } from "@/lib/testing/smtp";

let smtp: SmtpCatcher;
before(async () => {
  smtp = await startSmtpServer();
});
after(() => smtp.stop());

const send = (to: string, subject: string, html: string) =>
  nodemailer.createTransport(smtp.url).sendMail({ from: "Undersigned <no-reply@localhost>", to, subject, html, text: "plain" });

test("delivers a mail over SMTP and finds its link by id", async () => {
  assert.match(smtp.url, /^smtp:\/\/127\.0\.0\.1:\d+$/);
  await send("Signer@Example.org", "Please confirm", '<p><a id="confirm-link" href="http://localhost:3999/confirm/abc?x=1&amp;y=2">Confirm</a></p>');
  const mail = await smtp.waitForMail({ to: "signer@example.org", subject: /confirm/i });
  assert.deepEqual(mail.to, ["signer@example.org"]);
  assert.equal(mail.text.trim(), "plain");
  assert.equal(mail.linkById("confirm-link"), "http://localhost:3999/confirm/abc?x=1&y=2");
  assert.throws(() => mail.linkById("missing-link"), /No link with id="missing-link"/);
});

test("keeps Cyrillic, Arabic and Chinese subjects intact", async () => {
  const subjects = ["Подтвердите подпись", "أكد توقيعك", "请确认您的签名"];
  for (const [i, subject] of subjects.entries()) await send(`script${i}@example.org`, subject, "<p>hi</p>");
  for (const [i, subject] of subjects.entries()) {
    const mail = await smtp.waitForMail({ to: `script${i}@example.org` });
    assert.equal(mail.subject, subject);
  }
});

test("waits for mail that arrives later, and times out with what it saw", async () => {
  const pending = smtp.waitForMail({ to: "late@example.org", timeoutMs: 5000 });
  setTimeout(() => void send("late@example.org", "Later", "<p>late</p>"), 100);
  assert.equal((await pending).subject, "Later");
  await assert.rejects(smtp.waitForMail({ to: "nobody@example.org", timeoutMs: 200 }), /No mail to nobody@example.org/);
});

test("findLinkById accepts any attribute order and quotes", () => {
  assert.equal(findLinkById(`<a href='/a' class="b" id='x'>`, "x"), "/a");
  assert.equal(findLinkById(`<a id="y" href="/y"><a id="x" href="/x">`, "x"), "/x");
  assert.equal(findLinkById(`<a id="xx" href="/xx">`, "x"), undefined);
});
