import "server-only";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import { markdownHtml } from "@/lib/mail/markdown";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type UpdateMailProps = {
  to: string;
  /** The title of the letter in the recipient's language (or the authoritative one). */
  letterTitle: string;
  letterUrl: string;
  /** The update in the recipient's language when it was translated, else in the letter's. */
  subject: string;
  /** Markdown. */
  body: string;
  /** The language the update's text is in (it may differ from the mail's). */
  textLocale: Locale;
  unsubscribeUrl: string;
  /** List-Unsubscribe and List-Unsubscribe-Post (lib/updates/unsubscribe.ts). */
  headers: Record<string, string>;
};

/**
 * An update to a signatory, in their language. Loaded once per language and then built for each
 * recipient without awaiting anything, so an update to thousands is built inside the transaction
 * that sends it. Links: #letter-link, #unsubscribe-link.
 */
export async function updateMailIn(locale: Locale): Promise<(p: UpdateMailProps) => OutgoingMail> {
  const t = await translatorFor("updates.mail", locale);
  const { layout, button } = await mailFrame(locale);
  return (p) => {
    const values = { title: p.letterTitle, subject: p.subject };
    const subject = t("subject", values);
    const body = html`<p>${t("intro", values)}</p>
<h1 style="font-size:20px" lang="${p.textLocale}" dir="${directionOf(p.textLocale)}">${p.subject}</h1>
<div id="update-body" lang="${p.textLocale}" dir="${directionOf(p.textLocale)}">${markdownHtml(p.body)}</div>
${button(p.letterUrl, t("readLetter"), "letter-link")}
<p style="font-size:13px;color:#5c5b57">${t("why")} <a id="unsubscribe-link" href="${p.unsubscribeUrl}">${t("unsubscribe")}</a></p>`;
    const text = [
      t("intro", values),
      "",
      p.subject,
      "",
      p.body,
      "",
      `${t("readLetter")}: ${p.letterUrl}`,
      "",
      t("why"),
      `${t("unsubscribe")}: ${p.unsubscribeUrl}`,
    ].join("\n");
    return { kind: "update", to: p.to, subject, html: layout(subject, body), text, headers: p.headers };
  };
}
