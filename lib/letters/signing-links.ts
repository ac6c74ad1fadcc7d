import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { env } from "@/lib/env";
import { fail, type Result } from "@/lib/errors";
import { localeOr, pathIn, type Locale } from "@/lib/i18n/locales";
import type { PublicLetter } from "@/lib/letters/queries";
import type { SigningLinkInput } from "@/lib/letters/founding-schema";
import { INITIAL_LETTER_STATUS, parseLetterStatus } from "@/lib/letters/status";
import { TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { hashToken, looksLikeToken, newToken } from "@/lib/signatures/tokens";

// Private signing links: the organisations drafting a letter sign it before it is public. Like a
// signer's email links, the secret is shown once (to the coordinator who made it) and only its
// SHA-256 is stored; a link works until it expires or a coordinator revokes it.

const DAY_MS = 86_400_000;

/** Where a link's holder signs the draft, in `locale`. */
export const signingLinkUrl = (slug: string, token: string, locale: Locale): string =>
  `${env.APP_URL}${pathIn(locale, `/letters/${slug}/founding/${token}`)}`;

export type SigningLinkState = "active" | "revoked" | "expired";

const stateOf = (link: { revokedAt: Date | null; expiresAt: Date }, now: Date): SigningLinkState =>
  link.revokedAt ? "revoked" : link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";

/** A new link on a draft; the answer carries the secret, which is never stored and never shown again. */
export async function createSigningLink(
  { id: letterId, actor }: AuthorizedLetter,
  input: SigningLinkInput,
  now = new Date(),
): Promise<Result<{ linkId: string; token: string; slug: string; language: Locale }, "NOT_FOUND" | "INVALID_TRANSITION">> {
  return db.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId }, select: { status: true, slug: true, language: true } });
    if (!letter) return fail("NOT_FOUND");
    if (letter.status !== INITIAL_LETTER_STATUS) return fail("INVALID_TRANSITION");
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
    const link = await tx.signingLink.create({ data: { letterId, tokenHash, label: input.label, expiresAt, createdById: actor.id } });
    await recordAudit(tx, {
      letterId, actor, action: "signingLink.create", targetType: "letter", targetId: letterId,
      details: { linkId: link.id, label: input.label, expiresAt: expiresAt.toISOString() },
    });
    return { ok: true, linkId: link.id, token, slug: letter.slug, language: localeOr(letter.language) };
  });
}

/** Stops a link at once; signatures already made through it stay, and still need confirming and review. */
export async function revokeSigningLink({ id: letterId, actor }: AuthorizedLetter, linkId: string, now = new Date()): Promise<Result<object, "NOT_FOUND">> {
  return db.$transaction(async (tx) => {
    // Conditional on "not revoked yet": a second press changes nothing and records nothing.
    const { count } = await tx.signingLink.updateMany({ where: { id: linkId, letterId, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) return fail("NOT_FOUND");
    const link = await tx.signingLink.findUniqueOrThrow({ where: { id: linkId }, select: { label: true } });
    await recordAudit(tx, { letterId, actor, action: "signingLink.revoke", targetType: "letter", targetId: letterId, details: { linkId, label: link.label } });
    return { ok: true };
  });
}

export type SigningLinkRow = { id: string; label: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null; signatures: number; state: SigningLinkState };

/** A letter's links, newest first, with how many signatures came through each. */
export async function listSigningLinks({ id: letterId }: AuthorizedLetter, now = new Date()): Promise<SigningLinkRow[]> {
  const rows = await db.signingLink.findMany({
    where: { letterId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, label: true, createdAt: true, expiresAt: true, revokedAt: true, _count: { select: { signatures: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, signatures: _count.signatures, state: stateOf(row, now) }));
}

/** Why a private link does not open its letter; each has its own page (messages "founding.problem"). */
export type SigningLinkProblem = "unknown" | "revoked" | "expired";
export type SigningLinkCheck = { ok: true; linkId: string; letterId: string; status: string } | { ok: false; problem: SigningLinkProblem };

/**
 * What a private link opens: its letter's id, slug and status when the link is good for the letter
 * at `slug`; otherwise why not. A link of another letter is unknown here, like a made-up one.
 */
export async function checkSigningLink(
  client: Tx | typeof db,
  slug: string,
  token: string,
  now = new Date(),
): Promise<SigningLinkCheck> {
  if (!looksLikeToken(token)) return { ok: false, problem: "unknown" };
  const link = await client.signingLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, letterId: true, revokedAt: true, expiresAt: true, letter: { select: { slug: true, status: true } } },
  });
  if (!link || link.letter.slug !== slug) return { ok: false, problem: "unknown" };
  const state = stateOf(link, now);
  if (state !== "active") return { ok: false, problem: state };
  return { ok: true, linkId: link.id, letterId: link.letterId, status: link.letter.status };
}

/**
 * The draft as its link's holders read it, in the shape of the public letter page's letter (the
 * page's components take it). Only the link page calls this, after checkSigningLink.
 */
export async function linkedLetter(letterId: string): Promise<PublicLetter | null> {
  const row = await db.letter.findUnique({
    where: { id: letterId },
    select: {
      id: true, slug: true, title: true, addressee: true, body: true, coordinators: true, status: true, deadline: true,
      publishedAt: true, approvedCount: true, version: true, language: true, endorsementsOpen: true, signerKinds: true, translations: { select: TRANSLATION_FIELDS },
    },
  });
  if (!row) return null;
  return {
    ...row,
    status: parseLetterStatus(row.status),
    language: localeOr(row.language),
    coordinators: row.coordinators.split("\n").map((c) => c.trim()).filter(Boolean),
  };
}

/** What the link page shows: the same verdict signing will reach, read without a transaction. */
export const lookUpSigningLink = (slug: string, token: string): Promise<SigningLinkCheck> => checkSigningLink(db, slug, token);
