import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { signerTextBlock, type SignerMailProps } from "@/lib/mail/templates/signer-mail";

export type AlreadySignedProps = SignerMailProps & { letterUrl: string };

/**
 * Sent when someone signs again with an address that already signed. It goes to the address,
 * not to the page, so the page never reveals who has signed. The organisation is the one already
 * on record, quoted as entered; never in the Subject.
 */
export async function alreadySignedMail(p: AlreadySignedProps): Promise<OutgoingMail> {
  const t = await translatorFor("mail.alreadySigned", p.locale);
  const { layout, button } = await mailFrame(p.locale);
  const values = { title: p.letterTitle };
  const entered = await signerTextBlock({ org: p.orgName, individual: p.individual }, p.locale);
  // A person signed in their own name, not "for the organisation below".
  const intro = p.individual ? (await translatorFor("individuals.mail", p.locale))("alreadyIntro", values) : t("intro", values);
  const subject = t("subject", values);
  const body = html`<p>${intro}</p>
${entered.html}
<p>${t("nothingToDo")}</p>
${button(p.letterUrl, t("viewLetter"), "letter-link")}
<p style="font-size:13px;color:#5c5b57">${t("withdrawHint")} <a id="withdraw-link" href="${p.withdrawUrl}">${t("withdraw")}</a></p>`;
  const text = [
    intro,
    "",
    entered.text,
    "",
    t("nothingToDo"),
    "",
    `${t("viewLetter")}: ${p.letterUrl}`,
    "",
    `${t("withdrawHint")} ${t("withdraw")}: ${p.withdrawUrl}`,
  ].join("\n");
  return { kind: "already-signed", to: p.to, subject, html: layout(subject, body), text };
}
