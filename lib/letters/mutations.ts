import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/users";
import type { LetterInput } from "@/lib/letters/schema";
import { effectiveLetterStatus, letterTransition, parseLetterStatus, type LetterEvent } from "@/lib/letters/status";

export type LetterError =
  | { ok: false; code: "SLUG_TAKEN" | "SLUG_LOCKED"; field: "slug" }
  | { ok: false; code: "NOT_FOUND" | "LETTER_DELIVERED" | "INVALID_TRANSITION" | "DEADLINE_PASSED" };

async function slugTaken(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
  const other = await tx.letter.findUnique({ where: { slug }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/** A new draft with its first version. A coordinator who creates a letter coordinates it. */
export async function createLetter(actor: CurrentUser, input: LetterInput): Promise<{ ok: true; id: string } | LetterError> {
  try {
    return await db.$transaction(async (tx) => {
      if (await slugTaken(tx, input.slug)) return { ok: false, code: "SLUG_TAKEN", field: "slug" } as const;
      const letter = await tx.letter.create({ data: { ...input, status: "draft", version: 1 } });
      await tx.letterVersion.create({
        data: { letterId: letter.id, version: 1, title: input.title, addressee: input.addressee, body: input.body, createdById: actor.id },
      });
      if (actor.role !== "admin") await tx.letterCoordinator.create({ data: { letterId: letter.id, userId: actor.id } });
      await recordAudit(tx, { letterId: letter.id, actor, action: "letter.create", targetType: "letter", targetId: letter.id, details: { title: input.title, slug: input.slug } });
      return { ok: true, id: letter.id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, code: "SLUG_TAKEN", field: "slug" };
    throw e;
  }
}

export type UpdateResult = { ok: true; newVersion: number | null } | LetterError;

/**
 * Edits a letter. Text that signers have confirmed is never rewritten: if any signature confirmed
 * the current version, a changed title/addressee/body becomes a new version and the old one stays
 * as the record of what those signers agreed to. Until then the current version is edited in place.
 * The slug is fixed once the letter is public, because links to it are in circulation.
 */
export async function updateLetter(actor: CurrentUser, letterId: string, input: LetterInput): Promise<UpdateResult> {
  try {
    return await db.$transaction(async (tx): Promise<UpdateResult> => {
      const letter = await tx.letter.findUnique({ where: { id: letterId } });
      if (!letter) return { ok: false, code: "NOT_FOUND" };
      if (letter.status === "delivered") return { ok: false, code: "LETTER_DELIVERED" };
      if (input.slug !== letter.slug) {
        if (letter.status !== "draft") return { ok: false, code: "SLUG_LOCKED", field: "slug" };
        if (await slugTaken(tx, input.slug, letterId)) return { ok: false, code: "SLUG_TAKEN", field: "slug" };
      }
      const textChanged = input.title !== letter.title || input.addressee !== letter.addressee || input.body !== letter.body;
      const confirmedCurrent = textChanged
        ? await tx.signature.count({ where: { letterId, letterVersion: letter.version } })
        : 0;
      const version = confirmedCurrent > 0 ? letter.version + 1 : letter.version;
      const text = { title: input.title, addressee: input.addressee, body: input.body };
      if (textChanged && confirmedCurrent > 0) {
        await tx.letterVersion.create({ data: { letterId, version, ...text, createdById: actor.id } });
      } else if (textChanged) {
        await tx.letterVersion.upsert({
          where: { letterId_version: { letterId, version } },
          create: { letterId, version, ...text, createdById: actor.id },
          update: text,
        });
      }
      await tx.letter.update({ where: { id: letterId }, data: { ...input, version } });
      await recordAudit(tx, {
        letterId, actor, action: "letter.edit", targetType: "letter", targetId: letterId,
        details: { changed: changedFields(letter, input), version: { before: letter.version, after: version } },
      });
      return { ok: true, newVersion: version !== letter.version ? version : null };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, code: "SLUG_TAKEN", field: "slug" };
    throw e;
  }
}

function changedFields(before: Record<string, unknown>, after: LetterInput): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof LetterInput)[]) {
    const a = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    const b = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    if (a === b) continue;
    // The body can be long: the versions keep the text, the audit says that it changed.
    out[key] = key === "body" ? { before: `${String(b).length} characters`, after: `${String(a).length} characters` } : { before: b, after: a };
  }
  return out;
}

/** publish / close / reopen / deliver, through lib/letters/status.ts. */
export async function changeLetterStatus(actor: CurrentUser, letterId: string, event: LetterEvent): Promise<{ ok: true } | LetterError> {
  return db.$transaction(async (tx) => {
    const letter = await tx.letter.findUnique({ where: { id: letterId } });
    if (!letter) return { ok: false, code: "NOT_FOUND" } as const;
    const from = parseLetterStatus(letter.status);
    const to = letterTransition(from, event);
    if (!to) return { ok: false, code: "INVALID_TRANSITION" } as const;
    // Reopening (or publishing) with a past deadline would close again at once: say so instead.
    if ((event === "reopen" || event === "publish") && effectiveLetterStatus({ status: "open", deadline: letter.deadline }) !== "open") {
      return { ok: false, code: "DEADLINE_PASSED" } as const;
    }
    const now = new Date();
    const { count } = await tx.letter.updateMany({
      where: { id: letterId, status: from },
      data: {
        status: to,
        ...(event === "publish" && !letter.publishedAt ? { publishedAt: now } : {}),
        ...(event === "deliver" ? { deliveredAt: now } : {}),
      },
    });
    if (count !== 1) return { ok: false, code: "INVALID_TRANSITION" } as const;
    await recordAudit(tx, { letterId, actor, action: `letter.${event}`, targetType: "letter", targetId: letterId, details: { from, to } });
    return { ok: true } as const;
  });
}
