import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";
import type { SignerMailProps } from "@/lib/mail/templates/signer-mail";

export type ConfirmSignatureProps = SignerMailProps & { contactName: string; confirmUrl: string; expiresAt: Date };

/** Asks the contact to confirm. Links: #confirm-link (to /confirm/<token>), #withdraw-link. */
export async function confirmSignatureMail(p: ConfirmSignatureProps): Promise<OutgoingMail> {
  const t = await translatorFor("mail.confirmSignature");
  const { layout, button } = await mailFrame();
  const values = { name: p.contactName, org: p.orgName, title: p.letterTitle, expires: p.expiresAt };
  const subject = t("subject", values);
  const body = html`<p>${t("greeting", values)}</p>
<p>${t("intro", values)}</p>
${button(p.confirmUrl, t("confirm"), "confirm-link")}
<p>${t("expires", values)}</p>
<p style="font-size:13px;color:#5c5b57">${t("notYou")} <a id="withdraw-link" href="${p.withdrawUrl}">${t("withdraw")}</a></p>`;
  const text = [
    t("greeting", values),
    "",
    t("intro", values),
    "",
    `${t("confirm")}: ${p.confirmUrl}`,
    "",
    t("expires", values),
    "",
    `${t("notYou")} ${t("withdraw")}: ${p.withdrawUrl}`,
  ].join("\n");
  return { kind: "confirm-signature", to: p.to, subject, html: layout(subject, body), text };
}
