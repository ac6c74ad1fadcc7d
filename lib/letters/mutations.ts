import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter, CurrentUser } from "@/lib/auth/access";
import { fail, type Failure, type Result } from "@/lib/errors";
import type { LetterInput } from "@/lib/letters/schema";
import { effectiveLetterStatus, INITIAL_LETTER_STATUS, letterTransition, parseLetterStatus, type LetterEvent } from "@/lib/letters/status";

type SlugCode = "SLUG_TAKEN" | "SLUG_LOCKED";
type LetterCode = SlugCode | "NOT_FOUND" | "LETTER_DELIVERED" | "INVALID_TRANSITION" | "DEADLINE_PASSED";

/** A slug problem is shown next to the slug field. */
const slugFailure = (code: SlugCode): Failure<SlugCode> => ({ ok: false, code, fieldErrors: { slug: code } });

async function slugTaken(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
  const other = await tx.letter.findUnique({ where: { slug }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/** A new draft with its first version. A coordinator who creates a letter coordinates it. */
export async function createLetter(actor: CurrentUser, input: LetterInput): Promise<Result<{ id: string }, SlugCode>> {
  try {
    return await db.$transaction(async (tx) => {
      if (await slugTaken(tx, input.slug)) return slugFailure("SLUG_TAKEN");
      const letter = await tx.letter.create({ data: { ...input, status: INITIAL_LETTER_STATUS, version: 1 } });
      await tx.letterVersion.create({
        data: { letterId: letter.id, version: 1, title: input.title, addressee: input.addressee, body: input.body, createdById: actor.id },
      });
      if (actor.role !== "admin") await tx.letterCoordinator.create({ data: { letterId: letter.id, userId: actor.id } });
      await recordAudit(tx, { letterId: letter.id, actor, action: "letter.create", targetType: "letter", targetId: letter.id, details: { title: input.title, slug: input.slug } });
      return { ok: true, id: letter.id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return slugFailure("SLUG_TAKEN");
    throw e;
  }
}

export type UpdateResult = Result<{ newVersion: number | null }, LetterCode>;

/**
 * Edits a letter. Text that signers have confirmed is never rewritten: if any signature confirmed
 * the current version, a changed title/addressee/body becomes a new version and the old one stays
 * as the record of what those signers agreed to. Until then the current version is edited in place.
 * The slug is fixed once the letter is public, because links to it are in circulation.
 */
export async function updateLetter({ id: letterId, actor }: AuthorizedLetter, input: LetterInput): Promise<UpdateResult> {
  try {
    return await db.$transaction(async (tx): Promise<UpdateResult> => {
      const letter = await tx.letter.findUnique({ where: { id: letterId } });
      if (!letter) return fail("NOT_FOUND");
      if (letter.status === "delivered") return fail("LETTER_DELIVERED");
      if (input.slug !== letter.slug) {
        if (letter.status !== "draft") return slugFailure("SLUG_LOCKED");
        if (await slugTaken(tx, input.slug, letterId)) return slugFailure("SLUG_TAKEN");
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
    if (isUniqueViolation(e)) return slugFailure("SLUG_TAKEN");
    throw e;
  }
}

function changedFields(before: Record<string, unknown>, after: LetterInput): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof LetterInput)[]) {
    // Not given: left as it is (signerKinds from a caller that does not know it).
    if (after[key] === undefined) continue;
    const a = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    const b = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    if (a === b) continue;
    // The body can be long: the versions keep the text, the audit says that it changed.
    out[key] = key === "body" ? { before: `${String(b).length} characters`, after: `${String(a).length} characters` } : { before: b, after: a };
  }
  return out;
}

/** publish / close / reopen / deliver, through lib/letters/status.ts. */
export async function changeLetterStatus({ id: letterId, actor }: AuthorizedLetter, event: LetterEvent): Promise<Result<object, LetterCode>> {
  return db.$transaction(async (tx): Promise<Result<object, LetterCode>> => {
    const letter = await tx.letter.findUnique({ where: { id: letterId } });
    if (!letter) return fail("NOT_FOUND");
    const from = parseLetterStatus(letter.status);
    const to = letterTransition(from, event);
    if (!to) return fail("INVALID_TRANSITION");
    // Opening (publishing, reopening) with a past deadline would close again at once: say so instead.
    if (effectiveLetterStatus({ status: to, deadline: letter.deadline }) !== to) {
      return fail("DEADLINE_PASSED");
    }
    const now = new Date();
    const { count } = await tx.letter.updateMany({
      where: { id: letterId, status: from },
      data: {
        status: to,
        ...(event === "publish" && !letter.publishedAt ? { publishedAt: now } : {}),
        // Published by hand: a publication hour set earlier no longer applies (lib/letters/schedule.ts).
        ...(event === "publish" ? { publishAt: null } : {}),
        ...(event === "deliver" ? { deliveredAt: now } : {}),
      },
    });
    if (count !== 1) return fail("INVALID_TRANSITION");
    await recordAudit(tx, { letterId, actor, action: `letter.${event}`, targetType: "letter", targetId: letterId, details: { from, to } });
    return { ok: true };
  });
}
