import { button, html, layout } from "@/lib/mail/html";
import type { OutgoingMail } from "@/lib/mail/outbox";

export type SignInMailProps = { to: string; url: string; expiresInMinutes: number };

/** The magic link. The link's id ("sign-in-link") is what tests and people look for. */
export function signInMail({ to, url, expiresInMinutes }: SignInMailProps): OutgoingMail {
  const subject = "Your sign-in link for Undersigned";
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">Sign in to Undersigned</h1>
<p>Use the button below to sign in to the coordinator workspace. The link works once and expires in ${expiresInMinutes} minutes.</p>
${button(url, "Sign in", "sign-in-link")}
<p style="font-size:13px;color:#5c5b57">If you did not ask to sign in, you can ignore this email: nobody can sign in without this link.</p>`;
  const text = `Sign in to Undersigned

Open this link to sign in to the coordinator workspace. It works once and expires in ${expiresInMinutes} minutes:
${url}

If you did not ask to sign in, you can ignore this email.
`;
  return { kind: "sign-in", to, subject, html: layout(subject, body), text };
}
