import { expect, type APIRequestContext } from "@playwright/test";
import type { CaughtMail } from "../../lib/testing/smtp";
import { findLinkById } from "../../lib/testing/links";

const api = () => process.env.E2E_MAIL_API ?? "http://127.0.0.1:3126";

/** Polls the mail catcher until a mail to `to` (and with a matching subject) has arrived. */
export async function waitForMail(
  request: APIRequestContext,
  { to, subject, timeoutMs = 20_000 }: { to: string; subject?: RegExp; timeoutMs?: number },
): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(`${api()}/messages?to=${encodeURIComponent(to)}`);
        const messages = (await res.json()) as CaughtMail[];
        found = messages.find((m) => !subject || subject.test(m.subject));
        return found ? "arrived" : `${messages.length} other mail(s) to ${to}`;
      },
      { message: `mail to ${to}${subject ? ` matching ${subject}` : ""}`, timeout: timeoutMs, intervals: [250] },
    )
    .toBe("arrived");
  return found!;
}

/** The href of the link with this id in the mail's HTML; fails the test if there is none. */
export function linkById(mail: CaughtMail, id: string): string {
  const link = findLinkById(mail.html, id);
  if (!link) throw new Error(`No link with id="${id}" in "${mail.subject}"`);
  return link;
}
