import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";

/** `locale`: the language of the sign-in page the link was asked from. */
export type SignInMailProps = { to: string; url: string; expiresInMinutes: number; locale: Locale };

/** The magic link. The link's id ("sign-in-link") is what tests and people look for. */
export async function signInMail({ to, url, expiresInMinutes, locale }: SignInMailProps): Promise<OutgoingMail> {
  const t = await translatorFor("mail.signIn", locale);
  const { layout, button } = await mailFrame(locale);
  const minutes = { minutes: expiresInMinutes };
  const subject = t("subject");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${t("heading")}</h1>
<p>${t("intro", minutes)}</p>
${button(url, t("button"), "sign-in-link")}
<p style="font-size:13px;color:#5c5b57">${t("ignore")}</p>`;
  const text = `${t("heading")}\n\n${t("textIntro", minutes)}\n${url}\n\n${t("textIgnore")}\n`;
  return { kind: "sign-in", to, subject, html: layout(subject, body), text };
}
