import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type Deliver = (mail: OutgoingMail, messageId: string) => Promise<void>;

const outboxDir = () => path.join(env.DATA_DIR, "outbox");

/**
 * Without SMTP_URL, mail is written as .eml files under DATA_DIR/outbox and its links are
 * printed in the server log, so someone trying Undersigned locally can still confirm.
 */
function fileDeliver(): Deliver {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const logLinks = env.LOG_MAIL_LINKS ?? true;
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

function smtpDeliver(url: string): Deliver {
  const transport = nodemailer.createTransport(url);
  return async (mail, messageId) => {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail, messageId });
  };
}

let deliver: Deliver | undefined;

export function getDeliver(): Deliver {
  deliver ??= env.SMTP_URL ? smtpDeliver(env.SMTP_URL) : fileDeliver();
  return deliver;
}
