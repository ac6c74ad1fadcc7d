/**
 * The SMTP catcher for a node test file whose code sends mail. Awaited at the top of the file,
 * before the app's modules are first imported (lib/env reads the environment once): it starts a
 * catcher, points SMTP_URL (and any other settings given) at it, and stops it after the file's
 * tests.
 */
import { after } from "node:test";
import { startSmtpServer, type SmtpCatcher } from "./smtp";

export async function catchMailForThisFile(settings: Record<string, string> = {}): Promise<SmtpCatcher> {
  const smtp = await startSmtpServer();
  Object.assign(process.env, { SMTP_URL: smtp.url, ...settings });
  after(() => smtp.stop());
  return smtp;
}
