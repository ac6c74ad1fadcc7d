// A production start without SMTP keeps mail links out of the log (a sign-in link there is a
// session for whoever reads the log). Set before lib/env is first imported: it reads once.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

Object.assign(process.env, { NODE_ENV: "production" });
delete process.env.LOG_MAIL_LINKS;
delete process.env.SMTP_URL;

test("in production, mail to the local outbox is written but its links are not logged", async () => {
  const { getDeliver } = await import("@/lib/mail/transport");
  const { env } = await import("@/lib/env");
  const logged: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => void logged.push(args.join(" "));
  try {
    await getDeliver()(
      { kind: "sign-in", to: "boss@example.org", subject: "Your sign-in link", html: "<p>x</p>", text: `Sign in: ${env.APP_URL}/api/auth/callback/email?token=secret` },
      "<test@undersigned>",
    );
  } finally {
    console.info = info;
  }
  assert.equal(readdirSync(path.join(env.DATA_DIR, "outbox")).length, 1);
  assert.doesNotMatch(logged.join("\n"), /token=secret|https?:\/\//);
});
