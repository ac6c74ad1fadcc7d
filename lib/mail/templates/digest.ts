import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { html, mailFrame } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type DigestMailProps = {
  to: string;
  /** The coordinator's language (User.locale). */
  locale: Locale;
  /** Each letter with signatures awaiting review, and the address of its review queue. */
  letters: { title: string; awaiting: number; reviewUrl: string }[];
  settingsUrl: string;
  /** List-Unsubscribe and List-Unsubscribe-Post (lib/mail/unsubscribe-link.ts). */
  headers: Record<string, string>;
};

/**
 * A coordinator's daily digest: per letter, how many signatures await review, with a link to its
 * queue. Links: #review-link-<n> (n from 1, in the listed order), #settings-link.
 */
export async function digestMail(p: DigestMailProps): Promise<OutgoingMail> {
  const t = await translatorFor("digest.mail", p.locale);
  const { layout } = await mailFrame(p.locale);
  const total = p.letters.reduce((sum, l) => sum + l.awaiting, 0);
  const subject = t("subject", { count: total });
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${subject}</h1>
<p>${t("intro")}</p>
<ul style="padding-inline-start:20px">${p.letters.map((l, i) => html`<li style="margin:0 0 10px"><strong>${l.title}</strong><br>${t("letter", { count: l.awaiting })} · <a id="review-link-${i + 1}" href="${l.reviewUrl}">${t("review")}</a></li>`)}</ul>
<p style="font-size:13px;color:#5c5b57">${t("why")} <a id="settings-link" href="${p.settingsUrl}">${t("settings")}</a></p>`;
  const text = [
    subject,
    "",
    t("intro"),
    "",
    ...p.letters.flatMap((l) => [`- ${l.title}`, `  ${t("letter", { count: l.awaiting })}`, `  ${t("review")}: ${l.reviewUrl}`, ""]),
    t("why"),
    `${t("settings")}: ${p.settingsUrl}`,
    "",
  ].join("\n");
  return { kind: "digest", to: p.to, subject, html: layout(subject, body), text, headers: p.headers };
}
