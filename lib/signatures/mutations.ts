import "server-only";
import { guardSigning, honeypotFilled, type SigningClient } from "@/lib/abuse/signing-guard";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { isSignable } from "@/lib/letters/status";
import { enqueueMail } from "@/lib/mail/outbox";
import { alreadySignedMail } from "@/lib/mail/templates/already-signed";
import { confirmSignatureMail } from "@/lib/mail/templates/confirm-signature";
import { kickMailWorker } from "@/lib/mail/worker";
import type { SigningCode } from "@/lib/signatures/errors";
import { canonicalEmail } from "@/lib/email-address";
import { emailColumns, nameColumns } from "@/lib/signatures/normalise";
import { fieldErrorsOf, signatureSchema, type FieldErrors, type SignatureData } from "@/lib/signatures/schema";
import { transition } from "@/lib/signatures/status";
import { CONFIRM_TOKEN_TTL_MS, newToken, WITHDRAW_TOKEN_TTL_MS } from "@/lib/signatures/tokens";

export type SignResult =
  | { ok: true }
  | { ok: false; code: "INVALID_INPUT"; fieldErrors: FieldErrors }
  | { ok: false; code: Extract<SigningCode, "LETTER_NOT_FOUND" | "LETTER_CLOSED" | "RATE_LIMITED" | "BOT_SUSPECTED"> };

type LetterForMail = { id: string; slug: string; title: string };

const letterUrl = (slug: string) => `${env.APP_URL}/letters/${slug}`;

async function issueTokens(tx: Tx, signatureId: string) {
  const confirm = newToken();
  const withdraw = newToken();
  const now = Date.now();
  await tx.signatureToken.createMany({
    data: [
      { signatureId, purpose: "confirm", tokenHash: confirm.tokenHash, expiresAt: new Date(now + CONFIRM_TOKEN_TTL_MS) },
      { signatureId, purpose: "withdraw", tokenHash: withdraw.tokenHash, expiresAt: new Date(now + WITHDRAW_TOKEN_TTL_MS) },
    ],
  });
  return { confirm: confirm.token, withdraw: withdraw.token, expiresAt: new Date(now + CONFIRM_TOKEN_TTL_MS) };
}

async function queueConfirmation(tx: Tx, signatureId: string, data: SignatureData, letter: LetterForMail) {
  const tokens = await issueTokens(tx, signatureId);
  const mail = await confirmSignatureMail({
    to: data.email,
    contactName: data.contactName,
    orgName: data.orgName,
    letterTitle: letter.title,
    confirmUrl: `${env.APP_URL}/confirm/${tokens.confirm}`,
    withdrawUrl: `${env.APP_URL}/withdraw/${tokens.withdraw}`,
    expiresAt: tokens.expiresAt,
  });
  await enqueueMail(tx, mail);
}

function signatureFields(data: SignatureData) {
  return {
    orgName: data.orgName,
    displayName: null,
    ...nameColumns(data.orgName),
    country: data.country,
    orgType: data.orgType,
    website: data.website ?? null,
    contactName: data.contactName,
    ...emailColumns(data.email),
    role: data.role ?? null,
    comment: data.comment ?? null,
  };
}

/**
 * The same address signs again. Unconfirmed: the new answers replace the old and a fresh link is
 * sent (the first mail was probably lost). Withdrawn: they sign anew. Otherwise they are told, by
 * mail only, that they already signed: the page says the same as for a new signature.
 */
async function signAgain(tx: Tx, existingId: string, data: SignatureData, letter: LetterForMail) {
  const existing = await tx.signature.findUniqueOrThrow({ where: { id: existingId } });
  const resubmit = transition(existing.status, "resubmit");
  if (existing.status === "pending_confirmation" || resubmit.ok) {
    await tx.signatureToken.deleteMany({ where: { signatureId: existing.id, usedAt: null } });
    await tx.signature.update({
      where: { id: existing.id },
      data: {
        ...signatureFields(data),
        status: "pending_confirmation",
        createdAt: new Date(),
        confirmedAt: null,
        withdrawnAt: null,
        letterVersion: null,
      },
    });
    await queueConfirmation(tx, existing.id, data, letter);
    return;
  }
  const withdraw = newToken();
  await tx.signatureToken.create({
    data: {
      signatureId: existing.id,
      purpose: "withdraw",
      tokenHash: withdraw.tokenHash,
      expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_TTL_MS),
    },
  });
  const mail = await alreadySignedMail({
    to: data.email,
    orgName: existing.displayName ?? existing.orgName,
    letterTitle: letter.title,
    letterUrl: letterUrl(letter.slug),
    withdrawUrl: `${env.APP_URL}/withdraw/${withdraw.token}`,
  });
  await enqueueMail(tx, mail);
}

/**
 * Records a signature awaiting email confirmation and queues the confirmation mail, atomically.
 * `client` is who sent it (the public sign action always passes it): with it, the honeypot,
 * proof-of-work and rate limits are checked before anything is written. Without it (scripts and
 * tests acting as the app itself) those checks are skipped.
 */
export async function signLetter(slug: string, input: unknown, client?: SigningClient): Promise<SignResult> {
  if (client && honeypotFilled(client)) return { ok: false, code: "BOT_SUSPECTED" };
  const parsed = signatureSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;

  const letter = await db.letter.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, deadline: true },
  });
  if (!letter || letter.status === "draft") return { ok: false, code: "LETTER_NOT_FOUND" };
  if (!isSignable(letter)) return { ok: false, code: "LETTER_CLOSED" };

  if (client) {
    const verdict = await guardSigning(client, data.email);
    if (!verdict.ok) return verdict;
  }

  const emailCanonical = canonicalEmail(data.email);
  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.signature.findUnique({
        where: { letterId_emailCanonical: { letterId: letter.id, emailCanonical } },
        select: { id: true },
      });
      if (existing) return signAgain(tx, existing.id, data, letter);
      const signature = await tx.signature.create({
        data: { letterId: letter.id, ...signatureFields(data) },
        select: { id: true },
      });
      await queueConfirmation(tx, signature.id, data, letter);
    });

  try {
    await attempt();
  } catch (error) {
    // Two submissions for one address raced; the loser takes the "signed again" path.
    if (!isUniqueViolation(error)) throw error;
    await attempt();
  }
  kickMailWorker();
  return { ok: true };
}
