import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { env } from "@/lib/env";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type Deliver = (mail: OutgoingMail, messageId: string) => Promise<void>;

const outboxDir = () => path.join(env.DATA_DIR, "outbox");

/**
 * Without SMTP_URL, mail is written as .eml files under DATA_DIR/outbox. In development its links
 * are also printed in the server log, so someone trying Undersigned locally can still confirm; in
 * production they are not (a sign-in link in a log is a session for whoever reads the log) unless
 * LOG_MAIL_LINKS=true.
 */
function fileDeliver(): Deliver {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const logLinks = env.LOG_MAIL_LINKS;
  return async (mail, messageId) => {
    const info = await transport.sendMail({ from: env.MAIL_FROM, ...mail, messageId });
    await mkdir(outboxDir(), { recursive: true });
    const file = path.join(outboxDir(), `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.kind}.eml`);
    await writeFile(file, info.message as Buffer);
    if (logLinks) {
      const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
      console.info(`[mail] ${mail.kind} to ${mail.to} written to ${file}${links.map((l) => `\n  ${l}`).join("")}`);
    }
  };
}

/**
 * Timeouts well under the worker's 60 s lease: a hung SMTP server must fail the attempt (and
 * free the row for a retry) before another instance could take the lease over and send twice.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, dnsTimeout: 10_000 };

function smtpDeliver(url: string): Deliver {
  // SMTPTransport merges `url` with the other options; createTransport(object-with-url) would drop them.
  const transport = nodemailer.createTransport(new SMTPTransport({ url, ...SMTP_TIMEOUTS }));
  return async (mail, messageId) => {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail, messageId });
  };
}

let deliver: Deliver | undefined;

export function getDeliver(): Deliver {
  deliver ??= env.SMTP_URL ? smtpDeliver(env.SMTP_URL) : fileDeliver();
  return deliver;
}
