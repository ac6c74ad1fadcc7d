import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { signerTextBlock, type SignerMailProps } from "@/lib/mail/templates/signer-mail";

export type ConfirmAddedSignatureProps = SignerMailProps & { contactName: string; confirmUrl: string; expiresAt: Date };

/**
 * A coordinator added this organisation from a message the contact sent (email, paper, a meeting):
 * the contact confirms it like a signature made on the site. Says plainly who added it and that it
 * counts only once confirmed. Links: #confirm-link, #withdraw-link, as in the signing mail.
 */
export async function confirmAddedSignatureMail(p: ConfirmAddedSignatureProps): Promise<OutgoingMail> {
  const t = await translatorFor("import.mail", p.locale);
  const common = await translatorFor("mail.confirmSignature", p.locale);
  const { layout, button } = await mailFrame(p.locale);
  const values = { title: p.letterTitle, expires: p.expiresAt };
  const entered = await signerTextBlock({ org: p.orgName, contact: p.contactName }, p.locale);
  const subject = t("subject", values);
  const body = html`<p>${common("greeting")}</p>
<p>${t("intro", values)}</p>
${entered.html}
<p>${t("countsOnce")}</p>
${button(p.confirmUrl, common("confirm"), "confirm-link")}
<p>${common("expires", values)}</p>
<p style="font-size:13px;color:#5c5b57">${t("notYou")} <a id="withdraw-link" href="${p.withdrawUrl}">${common("withdraw")}</a></p>`;
  const text = [
    common("greeting"), "", t("intro", values), "", entered.text, "", t("countsOnce"), "",
    `${common("confirm")}: ${p.confirmUrl}`, "", common("expires", values), "", `${t("notYou")} ${common("withdraw")}: ${p.withdrawUrl}`,
  ].join("\n");
  return { kind: "confirm-added-signature", to: p.to, subject, html: layout(subject, body), text };
}
