import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { html, type SafeHtml } from "@/lib/mail/html";

/** What every mail to a signer about their signature carries: where it goes, what it is about, and the way out. */
export type SignerMailProps = {
  to: string;
  /** The language the signer used (Signature.locale): the whole mail is in it. */
  locale: Locale;
  orgName: string;
  /** The title the signer read: a translation's when they read one. */
  letterTitle: string;
  withdrawUrl: string;
  /** The signer signed in their own name (individuals.json "mail"): orgName is their name. */
  individual?: { affiliation?: string };
};

/** Text a signer typed that a mail repeats, by its label in mail.signerText. */
export type SignerText = { org: string; contact?: string; individual?: { affiliation?: string } };

/**
 * Text anyone could type on the sign form, set apart in a mail that goes to any address from our
 * domain: never in the Subject, and in the body only inside a labelled, quoted block, so it reads
 * as what was entered and not as our words (a name like "Your account is locked, call …").
 */
export async function signerTextBlock(entered: SignerText, locale: Locale): Promise<{ html: SafeHtml; text: string }> {
  const t = await translatorFor("mail.signerText", locale);
  const rows = entered.individual ? await personRows(entered.org, entered.individual, locale, t) : [
    { label: t("org"), value: t("quoted", { text: entered.org }) },
    ...(entered.contact === undefined ? [] : [{ label: t("contact"), value: t("quoted", { text: entered.contact }) }]),
  ];
  return {
    html: html`<div id="signer-text" style="margin:16px 0;padding:12px 16px;border-left:4px solid #c9c6bd;background:#f6f5f2">
<p style="margin:0 0 8px;font-size:13px;color:#5c5b57">${t("heading")}</p>
${rows.map((r) => html`<p style="margin:0 0 4px"><span style="font-size:13px;color:#5c5b57">${r.label}</span> <span style="font-family:ui-monospace,monospace">${r.value}</span></p>`)}
</div>`,
    text: [t("heading"), ...rows.map((r) => `  ${r.label} ${r.value}`)].join("\n"),
  };
}

/** A person's name and the affiliation they gave, labelled as such (never as an organisation). */
async function personRows(name: string, person: { affiliation?: string }, locale: Locale, t: (key: "quoted", values: { text: string }) => string) {
  const words = await translatorFor("individuals.mail", locale);
  return [
    { label: words("name"), value: t("quoted", { text: name }) },
    ...(person.affiliation ? [{ label: words("affiliation"), value: t("quoted", { text: person.affiliation }) }] : []),
  ];
}
