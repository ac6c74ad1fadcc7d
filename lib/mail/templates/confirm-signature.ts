import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { signerTextBlock, type SignerMailProps } from "@/lib/mail/templates/signer-mail";

export type ConfirmSignatureProps = SignerMailProps & {
  contactName: string;
  confirmUrl: string;
  expiresAt: Date;
  /** The address already has a pending signature: this link would replace its answers. */
  replacesPending?: boolean;
};

/**
 * Asks the contact to confirm. Links: #confirm-link (to /<locale>/confirm/<token>), #withdraw-link.
 * What the signer typed stays out of the Subject and is quoted in the body (signerTextBlock).
 */
export async function confirmSignatureMail(p: ConfirmSignatureProps): Promise<OutgoingMail> {
  const t = await translatorFor("mail.confirmSignature", p.locale);
  const { layout, button } = await mailFrame(p.locale);
  const values = { title: p.letterTitle, expires: p.expiresAt };
  const entered = await signerTextBlock(p.individual ? { org: p.orgName, individual: p.individual } : { org: p.orgName, contact: p.contactName }, p.locale);
  // A person signs in their own name, not "for the organisation below".
  const intro = p.individual ? (await translatorFor("individuals.mail", p.locale))("confirmIntro", values) : t("intro", values);
  const subject = t("subject", values);
  const replaces = p.replacesPending ? html`<p>${t("replaces")}</p>` : html``;
  const body = html`<p>${t("greeting")}</p>
<p>${intro}</p>
${entered.html}
${replaces}
${button(p.confirmUrl, t("confirm"), "confirm-link")}
<p>${t("expires", values)}</p>
<p style="font-size:13px;color:#5c5b57">${t("notYou")} <a id="withdraw-link" href="${p.withdrawUrl}">${t("withdraw")}</a></p>`;
  const text = [
    t("greeting"),
    "",
    intro,
    "",
    entered.text,
    "",
    ...(p.replacesPending ? [t("replaces"), ""] : []),
    `${t("confirm")}: ${p.confirmUrl}`,
    "",
    t("expires", values),
    "",
    `${t("notYou")} ${t("withdraw")}: ${p.withdrawUrl}`,
  ].join("\n");
  return { kind: "confirm-signature", to: p.to, subject, html: layout(subject, body), text };
}
