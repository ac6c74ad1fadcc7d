import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";

/** `locale`: the inviting admin's interface language, which is all we know of the invitee's. */
export type InvitationMailProps = { to: string; invitedBy: string; signInUrl: string; letterTitles: string[]; locale: Locale };

/** Tells a new coordinator they may sign in; the sign-in itself still goes through a magic link. */
export async function invitationMail({ to, invitedBy, signInUrl, letterTitles, locale }: InvitationMailProps): Promise<OutgoingMail> {
  const t = await translatorFor("mail.invitation", locale);
  const { layout, button } = await mailFrame(locale);
  const subject = t("subject");
  const intro = t("intro", { inviter: invitedBy });
  const letters = letterTitles.length
    ? html`<p>${t("letters")}</p><ul>${letterTitles.map((title) => html`<li>${title}</li>`)}</ul>`
    : html``;
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${t("heading")}</h1>
<p>${intro}</p>
${letters}
<p>${t("signIn")}</p>
${button(signInUrl, t("button"), "invitation-link")}`;
  const text = `${t("heading")}\n\n${intro}\n${letterTitles.map((title) => `- ${title}\n`).join("")}\n${t("textSignIn")}\n${signInUrl}\n`;
  return { kind: "invitation", to, subject, html: layout(subject, body), text };
}
