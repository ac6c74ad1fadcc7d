import "server-only";
import { consumeSigningLimits, type SigningLimits } from "@/lib/abuse/rate-limit";
import { verifyProof } from "@/lib/abuse/proof-of-work";

/** The form's hidden fields: a honeypot people never see, and the proof-of-work widget's payload. */
export const HONEYPOT_FIELD = "leave_empty";
export const PROOF_FIELD = "altcha";

/** Who is signing, as far as the server can tell: read by the sign action, checked by signLetter. */
export type SigningClient = {
  /** Rate-limit key of the request's address (lib/abuse/client-address.ts). */
  address: string;
  honeypot?: string | null;
  proof?: string | null;
};

/**
 * ok with `mail: false`: the submission may be kept, but its recipient mailbox has had its share
 * of mail for now, so no mail goes out (what was already sent to it stays valid).
 */
export type GuardVerdict = { ok: true; mail: boolean } | { ok: false; code: "BOT_SUSPECTED" | "RATE_LIMITED" };

/** A filled honeypot: only software fills a field nobody can see. */
export const honeypotFilled = (client: SigningClient) => Boolean(client.honeypot && client.honeypot.length > 0);

/**
 * Proof-of-work, hard ceilings and the recipient's mail budget for a valid submission. A missing
 * proof is allowed (the form works without JavaScript) but counts against a lower ceiling; a
 * forged, expired or reused one is refused, since no browser sends one of those on its own.
 * The mail budget is spent only by submissions that passed everything else.
 */
export async function guardSigning(client: SigningClient, email: string, limits?: SigningLimits): Promise<GuardVerdict> {
  const proof = await verifyProof(client.proof);
  if (proof === "invalid") return { ok: false, code: "BOT_SUSPECTED" };
  const verdict = await consumeSigningLimits({ address: client.address, proofSolved: proof === "solved" }, email, limits);
  if (!verdict.ok) return { ok: false, code: "RATE_LIMITED" };
  return { ok: true, mail: verdict.mail };
}
