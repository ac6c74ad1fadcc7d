import "server-only";
import { randomBytes } from "node:crypto";
import { networkHash } from "@/lib/abuse/pseudonym";
import { guardSigning, honeypotFilled, type SigningClient } from "@/lib/abuse/signing-guard";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { fail, type Result } from "@/lib/errors";
import { defaultLocale, pathIn, type Locale } from "@/lib/i18n/locales";
import { effectiveLetterStatus, isPubliclyVisible, isSignable } from "@/lib/letters/status";
import { enqueueMail } from "@/lib/mail/outbox";
import { alreadySignedMail } from "@/lib/mail/templates/already-signed";
import { confirmSignatureMail } from "@/lib/mail/templates/confirm-signature";
import { kickMailWorker } from "@/lib/mail/worker";
import { canonicalEmail } from "@/lib/email-address";
import { emailColumns, nameColumns } from "@/lib/signatures/normalise";
import { atRiskColumns } from "@/lib/signatures/at-risk";
import { checkToken, findToken, letterAsSigned, proposedAnswers, proposedLanguage, type TokenLookup, type TokenPurpose, type TokenRow } from "@/lib/signatures/queries";
import type { SignatureData } from "@/lib/signatures/schema";
import { approvedCountDelta, INITIAL_SIGNATURE_STATUS, resubmitProposes, transition, type SignatureStatus } from "@/lib/signatures/status";
import { tierFor, type SignatureTier } from "@/lib/signatures/tiers";
import { CONFIRM_TOKEN_TTL_MS, newToken, WITHDRAW_TOKEN_TTL_MS } from "@/lib/signatures/tokens";
import { checkSigningLink } from "@/lib/letters/signing-links";
import { letterTakes } from "@/lib/signatures/kinds";

export type SignResult = Result<object, "NOT_FOUND" | "LETTER_CLOSED" | "RATE_LIMITED" | "BOT_SUSPECTED" | "SIGNER_KIND_NOT_TAKEN">;

/**
 * The letter as the signer saw it, and in which language: `locale` is the page's (their mails
 * come in it), `textLocale` that of the text they read, `title` the title they read.
 */
type Signing = {
  letter: { id: string; slug: string; title: string };
  locale: Locale;
  textLocale: Locale;
  /** Where the signature is listed (lib/signatures/tiers.ts), and the private link it came through. */
  tier: SignatureTier;
  signingLinkId: string | null;
};

const letterUrl = (s: Signing) => `${env.APP_URL}${pathIn(s.locale, `/letters/${s.letter.slug}`)}`;

/** The address of a link in a signer's mail, in their language. */
const signerLink = (s: Signing, page: "confirm" | "withdraw", token: string) => `${env.APP_URL}${pathIn(s.locale, `/${page}/${token}`)}`;

/** The columns that say which language a signer used and read. */
const languageColumns = (s: Signing) => ({ locale: s.locale, textLocale: s.textLocale });

/** The columns that say how the signature came: its tier, and the private link, if any. */
const originColumns = (s: Signing) => ({ tier: s.tier, signingLinkId: s.signingLinkId });

/** A fresh withdraw link for a signature. */
async function issueWithdrawToken(tx: Tx, signatureId: string): Promise<string> {
  const withdraw = newToken();
  await tx.signatureToken.create({
    data: { signatureId, purpose: "withdraw", tokenHash: withdraw.tokenHash, expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_TTL_MS) },
  });
  return withdraw.token;
}

/**
 * A fresh confirm and withdraw link: the rows to store (hashes only) and the tokens for the mail.
 * `answers` (a re-submission for a pending signature) rides on the confirm token: that link
 * confirms with those answers, and nothing else sees them.
 */
function newTokens(answers?: SignatureData & ReturnType<typeof languageColumns>) {
  const confirm = newToken();
  const withdraw = newToken();
  const expiresAt = new Date(Date.now() + CONFIRM_TOKEN_TTL_MS);
  return {
    rows: [
      { purpose: "confirm", tokenHash: confirm.tokenHash, expiresAt, answers: answers ? JSON.stringify(answers) : null },
      { purpose: "withdraw", tokenHash: withdraw.tokenHash, expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_TTL_MS), answers: null },
    ],
    confirm: confirm.token,
    withdraw: withdraw.token,
    expiresAt,
  };
}

/**
 * The confirm links and the mail that carries them, to the address typed, in the signer's
 * language; with `proposed`, the confirm link carries these answers and the language they were
 * given in. Made before any write, so no transaction waits on a mail being rendered.
 */
async function confirmation(data: SignatureData, signing: Signing, proposed = false) {
  const tokens = newTokens(proposed ? { ...data, ...languageColumns(signing) } : undefined);
  const mail = await confirmSignatureMail({
    to: data.email,
    locale: signing.locale,
    contactName: data.contactName ?? data.orgName,
    orgName: data.orgName,
    ...(data.kind === "individual" && { individual: { affiliation: data.affiliation } }),
    letterTitle: signing.letter.title,
    confirmUrl: signerLink(signing, "confirm", tokens.confirm),
    withdrawUrl: signerLink(signing, "withdraw", tokens.withdraw),
    expiresAt: tokens.expiresAt,
    replacesPending: proposed,
  });
  return { tokens: tokens.rows, mail };
}

/** Stores a confirmation's links and queues its mail, in the caller's transaction. */
async function queueConfirmation(tx: Tx, signatureId: string, data: SignatureData, signing: Signing, proposed = false) {
  const { tokens, mail } = await confirmation(data, signing, proposed);
  await tx.signatureToken.createMany({ data: tokens.map((t) => ({ ...t, signatureId })) });
  await enqueueMail(tx, mail, { signatureId });
}

/**
 * An id for a row written in a batch that also names it (the outbox row names its signature):
 * shaped like the cuid Prisma gives other rows, a time prefix then 16 random base-36 characters.
 * The import (lib/import/mutations.ts) writes its rows the same way.
 */
export function newRowId(): string {
  const random = BigInt(`0x${randomBytes(12).toString("hex")}`).toString(36).padStart(16, "0").slice(-16);
  return `c${Date.now().toString(36)}${random}`;
}

/** The answers a signature's columns are made from: the sign form's, or a coordinator's addition (no consent box). */
export type SignatureAnswers = Omit<SignatureData, "consent" | "wantsUpdates"> & { wantsUpdates?: boolean };

/**
 * The answers as columns, for a signature made on the site or added by a coordinator. An
 * individual's name is orgName (so sorting and duplicate hints work as for organisations) and
 * their own contact name; they have no type, website or role, and only they have an affiliation.
 */
export function signatureColumns(data: SignatureAnswers) {
  const person = data.kind === "individual";
  return {
    kind: data.kind,
    orgName: data.orgName,
    displayName: null,
    ...nameColumns(data.orgName),
    country: data.country,
    orgType: person ? "" : (data.orgType ?? "other"),
    website: person ? null : (data.website ?? null),
    contactName: person ? data.orgName : (data.contactName ?? data.orgName),
    affiliation: person ? (data.affiliation ?? null) : null,
    ...emailColumns(data.email),
    role: person ? null : (data.role ?? null),
    comment: data.comment ?? null,
    wantsUpdates: data.wantsUpdates ?? false,
    ...atRiskColumns(data),
  };
}

/**
 * The same address signs again. Unconfirmed: anyone can type an address, so the signature, its
 * answers and its links stay as they are; a new confirm link carrying the new answers goes to the
 * address, and only its owner can confirm either version (the first mail was perhaps lost, or
 * had a typo). Withdrawn: they sign anew. Otherwise they are told, by mail only, that they
 * already signed: the page says the same as for a new signature.
 */
async function signAgain(tx: Tx, existingId: string, data: SignatureData, signing: Signing) {
  const existing = await tx.signature.findUniqueOrThrow({ where: { id: existingId } });
  const resubmit = transition(existing.status, "resubmit");
  if (resubmit.ok && resubmitProposes(resubmit)) {
    await queueConfirmation(tx, existing.id, data, signing, true);
    return;
  }
  if (resubmit.ok) {
    await tx.signatureToken.deleteMany({ where: { signatureId: existing.id, usedAt: null } });
    await tx.signature.update({
      where: { id: existing.id },
      data: {
        ...signatureColumns(data),
        ...languageColumns(signing),
        ...originColumns(signing),
        status: resubmit.to,
        createdAt: new Date(),
        confirmedAt: null,
        withdrawnAt: null,
        letterVersion: null,
      },
    });
    await queueConfirmation(tx, existing.id, data, signing);
    return;
  }
  const withdrawToken = await issueWithdrawToken(tx, existing.id);
  // In the language of the page they just used (the stored one stays: it is theirs on record).
  const mail = await alreadySignedMail({
    to: data.email,
    locale: signing.locale,
    orgName: existing.displayName ?? existing.orgName,
    ...(existing.kind === "individual" && { individual: { affiliation: existing.affiliation ?? undefined } }),
    letterTitle: signing.letter.title,
    letterUrl: letterUrl(signing),
    withdrawUrl: signerLink(signing, "withdraw", withdrawToken),
  });
  await enqueueMail(tx, mail, { signatureId: existing.id });
}

/**
 * Records a signature awaiting email confirmation and queues the confirmation mail, atomically.
 * The answers were parsed with signatureSchema by the sign action's wrapper.
 * `client` is who sent it (the public sign action always passes it): with it, the honeypot,
 * proof-of-work and rate limits are checked before anything is written. Without it (scripts and
 * tests acting as the app itself) those checks are skipped.
 * `locale` is the language of the page signed on: the signature records it, and the language of
 * the text that page showed, and every mail to the signer comes in it.
 * `linkToken` is a private signing link's secret (lib/letters/signing-links.ts): while it is good
 * for this letter, a draft may be signed too (by its initial signatories); a link that is not
 * good answers NOT_FOUND, as a draft does to everyone else.
 */
export async function signLetter(slug: string, data: SignatureData, client?: SigningClient, locale: Locale = defaultLocale, linkToken?: string): Promise<SignResult> {
  if (client && honeypotFilled(client)) return fail("BOT_SUSPECTED");

  const letter = await letterAsSigned(slug, locale);
  if (!letter) return fail("NOT_FOUND");
  const link = linkToken === undefined ? null : await checkSigningLink(db, slug, linkToken);
  if (link && !link.ok) return fail("NOT_FOUND");
  const status = effectiveLetterStatus(letter);
  const founding = link !== null && status === "draft";
  if (!founding && !isPubliclyVisible(status)) return fail("NOT_FOUND");
  if (!founding && !isSignable(letter)) return fail("LETTER_CLOSED");
  // Said next to the choice of kind: the letter takes organisations, individuals or both.
  if (!letterTakes(letter.signerKinds, data.kind)) return { ok: false, code: "SIGNER_KIND_NOT_TAKEN", fieldErrors: { kind: "SIGNER_KIND_NOT_TAKEN" } };

  // A mailbox over its mail budget: a new signature is still stored, an existing one is left as it
  // is (the link already mailed for it keeps working), and no mail goes out.
  let mail = true;
  if (client) {
    const verdict = await guardSigning(client, data.email);
    if (!verdict.ok) return verdict;
    mail = verdict.mail;
  }
  const network = client ? networkHash(client.address) : null;
  const signing: Signing = { letter, locale, textLocale: letter.textLocale, tier: tierFor(letter), signingLinkId: link?.ok ? link.linkId : null };

  // A new signature, the common case, is one batch of writes prepared beforehand (its id, links
  // and rendered mail): no application code runs while the write lock is held. An address that
  // already signed this letter fails the batch on the unique (letter, address) key, and takes the
  // "signed again" path; so does the loser of two submissions for one address that raced.
  const prepared = mail ? await confirmation(data, signing) : null;
  const write = () => {
    const id = newRowId();
    const create = db.signature.create({
      data: { id, letterId: letter.id, ...signatureColumns(data), ...languageColumns(signing), ...originColumns(signing), network, status: INITIAL_SIGNATURE_STATUS },
      select: { id: true },
    });
    if (!prepared) return create;
    // The links as a write of their own: nested in the create, Prisma would read the row back.
    const links = db.signatureToken.createMany({ data: prepared.tokens.map((t) => ({ ...t, signatureId: id })) });
    return db.$transaction([create, links, enqueueMail(db, prepared.mail, { signatureId: id })]);
  };
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Over the mail budget an existing signature is left as it is. One that is gone by now
    // (erased into another key) leaves the address free: it signs anew.
    if (mail && !(await signedAgain(letter.id, data, signing))) await write();
  }
  if (!mail) return fail("RATE_LIMITED");
  kickMailWorker();
  return { ok: true };
}

/** The address already signed the letter: the "signed again" path, in one transaction. */
async function signedAgain(letterId: string, data: SignatureData, signing: Signing): Promise<boolean> {
  const emailCanonical = canonicalEmail(data.email);
  return db.$transaction(async (tx) => {
    const existing = await tx.signature.findUnique({ where: { letterId_emailCanonical: { letterId, emailCanonical } }, select: { id: true } });
    if (existing) await signAgain(tx, existing.id, data, signing);
    return existing !== null;
  });
}

type TokenAction = {
  /** The answer when the signature cannot move (any more): a second press, or a concurrent change. */
  refusal: "TOKEN_USED" | "NOT_WITHDRAWABLE";
  /** Columns written together with the new status. */
  stamp: (row: TokenRow, now: Date) => { confirmedAt?: Date; withdrawnAt?: Date; letterVersion?: number; locale?: string; textLocale?: string } & Partial<ReturnType<typeof signatureColumns>>;
  /** What else changes in the same transaction once the signature has moved. */
  after: (tx: Tx, row: TokenRow, move: { from: SignatureStatus; to: SignatureStatus }, now: Date) => Promise<unknown>;
};

/**
 * A signer acts on a confirm or withdraw link: the link page's check, then the link's transition,
 * conditional on the status just read, so a double submit acts once.
 */
async function actOnToken(token: string, purpose: TokenPurpose, action: TokenAction): Promise<TokenLookup> {
  return db.$transaction(async (tx) => {
    const row = await findToken(tx, token, purpose);
    const result = checkToken(row, purpose);
    if (!result.ok || !row) return result;
    const move = transition(row.signature.status, purpose);
    if (!move.ok) return fail(action.refusal);
    const now = new Date();
    const { count } = await tx.signature.updateMany({
      where: { id: row.signature.id, status: move.from },
      data: { status: move.to, ...action.stamp(row, now) },
    });
    if (count !== 1) return fail(action.refusal);
    await action.after(tx, row, move, now);
    return { ...result, signature: { ...result.signature, status: move.to } };
  });
}

/**
 * The signer pressed "Confirm signature": the signature now awaits a coordinator's review. A link
 * sent for a re-submission confirms with the answers it carries, and the language they were given
 * in; any other link, with the answers already stored.
 */
export const confirmSignature = (token: string): Promise<TokenLookup> =>
  actOnToken(token, "confirm", {
    refusal: "TOKEN_USED",
    stamp: (row, now) => {
      const answers = proposedAnswers(row.answers);
      return { ...(answers && signatureColumns(answers)), ...proposedLanguage(row.answers), confirmedAt: now, letterVersion: row.signature.letter.version };
    },
    after: (tx, row, _move, now) => tx.signatureToken.update({ where: { id: row.id }, data: { usedAt: now } }),
  });

/** The signer takes their signature back; an approved one leaves the public list and count at once. */
export const withdrawSignature = (token: string): Promise<TokenLookup> =>
  actOnToken(token, "withdraw", {
    refusal: "NOT_WITHDRAWABLE",
    stamp: (_row, now) => ({ withdrawnAt: now }),
    async after(tx, row, move, now) {
      const delta = approvedCountDelta(move.from, move.to);
      if (delta) await tx.letter.update({ where: { id: row.signature.letterId }, data: { approvedCount: { increment: delta } } });
      await tx.signatureToken.updateMany({ where: { signatureId: row.signature.id, usedAt: null }, data: { usedAt: now } });
    },
  });
