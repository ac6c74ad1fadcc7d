import { button, html, layout } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type InvitationMailProps = { to: string; invitedBy: string; signInUrl: string; letterTitles: string[] };

/** Tells a new coordinator they may sign in; the sign-in itself still goes through a magic link. */
export function invitationMail({ to, invitedBy, signInUrl, letterTitles }: InvitationMailProps): OutgoingMail {
  const subject = "You have been invited to coordinate letters on Undersigned";
  const letters = letterTitles.length
    ? html`<p>You can coordinate:</p><ul>${letterTitles.map((t) => html`<li>${t}</li>`)}</ul>`
    : html``;
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">You are invited</h1>
<p>${invitedBy} invited you to coordinate open letters on Undersigned.</p>
${letters}
<p>Sign in with this email address; we will send you a one-time sign-in link.</p>
${button(signInUrl, "Go to sign-in", "invitation-link")}`;
  const text = `You are invited

${invitedBy} invited you to coordinate open letters on Undersigned.
${letterTitles.map((t) => `- ${t}\n`).join("")}
Sign in with this email address; we will send you a one-time sign-in link:
${signInUrl}
`;
  return { kind: "invitation", to, subject, html: layout(subject, body), text };
}
