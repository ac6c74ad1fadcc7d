import "server-only";
import { db, type Tx } from "@/lib/db";
import { effectiveLetterStatus } from "@/lib/letters/status";
import type { SigningCode } from "@/lib/signatures/errors";
import type { TokenSignature } from "@/lib/signatures/queries";
import { approvedCountDelta, transition } from "@/lib/signatures/status";
import { hashToken, looksLikeToken } from "@/lib/signatures/tokens";

type Purpose = "confirm" | "withdraw";
type TokenCode = Extract<SigningCode, "TOKEN_UNKNOWN" | "TOKEN_USED" | "TOKEN_EXPIRED">;

export type TokenLookup =
  | { ok: true; signature: TokenSignature }
  | { ok: false; code: TokenCode | "LETTER_CLOSED" | "LETTER_DELIVERED" | "NOT_WITHDRAWABLE" };

const include = {
  signature: {
    select: {
      id: true, orgName: true, displayName: true, country: true, orgType: true, website: true, status: true, letterId: true,
      letter: { select: { id: true, slug: true, title: true, addressee: true, status: true, deadline: true, version: true } },
    },
  },
} as const;

async function findToken(client: Tx | typeof db, token: string, purpose: Purpose) {
  if (!looksLikeToken(token)) return null;
  const row = await client.signatureToken.findUnique({ where: { tokenHash: hashToken(token) }, include });
  return row && row.purpose === purpose ? row : null;
}

type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;

function check(row: TokenRow | null, purpose: Purpose, now = new Date()): TokenLookup {
  if (!row) return { ok: false, code: "TOKEN_UNKNOWN" };
  const { signature } = row;
  const letterStatus = effectiveLetterStatus(signature.letter, now);
  if (row.usedAt) return { ok: false, code: "TOKEN_USED" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, code: "TOKEN_EXPIRED" };
  if (purpose === "confirm") {
    if (!transition(signature.status, "confirm").ok) return { ok: false, code: "TOKEN_USED" };
    if (letterStatus === "delivered") return { ok: false, code: "LETTER_DELIVERED" };
    if (letterStatus !== "open") return { ok: false, code: "LETTER_CLOSED" };
  } else {
    if (letterStatus === "delivered") return { ok: false, code: "LETTER_DELIVERED" };
    if (!transition(signature.status, "withdraw").ok) return { ok: false, code: "NOT_WITHDRAWABLE" };
  }
  return {
    ok: true,
    signature: {
      orgName: signature.displayName ?? signature.orgName,
      country: signature.country,
      orgType: signature.orgType,
      website: signature.website,
      status: signature.status,
      letter: signature.letter,
    },
  };
}

/** What the confirm or withdraw page shows. Looking changes nothing: mail scanners follow links. */
export async function lookUpToken(token: string, purpose: Purpose): Promise<TokenLookup> {
  return check(await findToken(db, token, purpose), purpose);
}

/** The signer pressed "Confirm signature": the signature now awaits a coordinator's review. */
export async function confirmSignature(token: string): Promise<TokenLookup> {
  return db.$transaction(async (tx) => {
    const row = await findToken(tx, token, "confirm");
    const result = check(row, "confirm");
    if (!result.ok || !row) return result;
    const now = new Date();
    // Conditional on the status still being pending: a double submit confirms once.
    const { count } = await tx.signature.updateMany({
      where: { id: row.signature.id, status: "pending_confirmation" },
      data: { status: "confirmed", confirmedAt: now, letterVersion: row.signature.letter.version },
    });
    if (count !== 1) return { ok: false, code: "TOKEN_USED" } as const;
    await tx.signatureToken.update({ where: { id: row.id }, data: { usedAt: now } });
    return { ...result, signature: { ...result.signature, status: "confirmed" } };
  });
}

/** The signer takes their signature back; an approved one leaves the public list at once. */
export async function withdrawSignature(token: string): Promise<TokenLookup> {
  return db.$transaction(async (tx) => {
    const row = await findToken(tx, token, "withdraw");
    const result = check(row, "withdraw");
    if (!result.ok || !row) return result;
    const move = transition(row.signature.status, "withdraw");
    if (!move.ok) return { ok: false, code: "NOT_WITHDRAWABLE" } as const;
    const now = new Date();
    const { count } = await tx.signature.updateMany({
      where: { id: row.signature.id, status: move.from },
      data: { status: move.to, withdrawnAt: now },
    });
    if (count !== 1) return { ok: false, code: "NOT_WITHDRAWABLE" } as const;
    const delta = approvedCountDelta(move.from, move.to);
    if (delta) await tx.letter.update({ where: { id: row.signature.letterId }, data: { approvedCount: { increment: delta } } });
    await tx.signatureToken.updateMany({ where: { signatureId: row.signature.id, usedAt: null }, data: { usedAt: now } });
    return { ...result, signature: { ...result.signature, status: move.to } };
  });
}
