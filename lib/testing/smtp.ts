/**
 * A real SMTP server on loopback for tests: no auth, no TLS, every message parsed with
 * mailparser. Mail sent by the app arrives here over a real SMTP exchange, so tests see
 * exactly what a recipient would (encoded headers, multipart bodies, links).
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { findLinkById } from "@/lib/testing/links";

export { findLinkById };

export type CaughtMail = {
  /** Envelope and header recipients, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every header by its lower-case name, folded lines joined (List-Unsubscribe, …). */
  headers: Record<string, string>;
  receivedAt: string;
};

export type MailQuery = { to: string; subject?: RegExp; timeoutMs?: number };

export type SmtpCatcher = {
  url: string;
  port: number;
  messages: CaughtMail[];
  waitForMail(query: MailQuery): Promise<CaughtMail & { linkById(id: string): string }>;
  clear(): void;
  stop(): Promise<void>;
  close(): Promise<void>;
};

export function withLinks(mail: CaughtMail) {
  return {
    ...mail,
    linkById(id: string): string {
      const link = findLinkById(mail.html, id);
      if (!link) throw new Error(`No link with id="${id}" in the mail "${mail.subject}" to ${mail.to.join(", ")}`);
      return link;
    },
  };
}

export function matches(mail: CaughtMail, query: { to: string; subject?: RegExp }): boolean {
  return mail.to.includes(query.to.toLowerCase()) && (!query.subject || query.subject.test(mail.subject));
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

export async function startSmtpServer(options: { port?: number } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelope = (session.envelope.rcptTo || []).map((r) => r.address);
          const to = [...new Set([...envelope, ...addresses(parsed.to)].map((a) => a.toLowerCase()).filter(Boolean))];
          messages.push({
            to,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim()])),
            receivedAt: new Date().toISOString(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    clear: () => void messages.splice(0),
    stop,
    close: stop,
    waitForMail({ to, subject, timeoutMs = 10_000 }) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find((m) => matches(m, { to, subject }));
          if (!found) return false;
          done();
          resolve(withLinks(found));
          return true;
        };
        const timer = setTimeout(() => {
          done();
          const seen = messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "none";
          reject(new Error(`No mail to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms (seen: ${seen})`));
        }, timeoutMs);
        const wake = () => void check();
        const done = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        if (!check()) waiters.add(wake);
      });
    },
  };
}
