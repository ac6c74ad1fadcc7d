import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { fail, type Failure, type Result } from "@/lib/errors";
import { localeOr, pathIn, type Locale } from "@/lib/i18n/locales";
import { checkImport, type ImportReport } from "@/lib/import/queries";
import type { AddedSignature, AdditionOptions } from "@/lib/import/schema";
import { isSignable } from "@/lib/letters/status";
import { readingText, TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { outboxRow } from "@/lib/mail/outbox";
import { confirmAddedSignatureMail } from "@/lib/mail/templates/confirm-added-signature";
import { kickMailWorker } from "@/lib/mail/worker";
import { letterTakes } from "@/lib/signatures/kinds";
import { newRowId, signatureColumns } from "@/lib/signatures/mutations";
import { approvedCountDelta, INITIAL_SIGNATURE_STATUS, transition, type SignatureStatus } from "@/lib/signatures/status";
import { tierFor } from "@/lib/signatures/tiers";
import { CONFIRM_TOKEN_TTL_MS, newToken, WITHDRAW_TOKEN_TTL_MS } from "@/lib/signatures/tokens";

/** Where a signature that arrived elsewhere came from (Signature.source). */
type Source = "manual" | "import";

/**
 * The status an added signature starts in. Mailed: the initial one, as if signed on the site.
 * Recorded as confirmed by the coordinator: through the machine's own moves, confirmed (by the
 * coordinator, on the contact's behalf) then approved, so no status is written that it does not allow.
 */
function startingStatus(options: AdditionOptions): SignatureStatus {
  if (options.mode === "mail") return INITIAL_SIGNATURE_STATUS;
  const confirmed = transition(INITIAL_SIGNATURE_STATUS, "confirm");
  const approved = confirmed.ok ? transition(confirmed.to, "approve") : confirmed;
  if (!approved.ok) throw new Error("The signature state machine no longer lets a confirmed signature be approved");
  return approved.to;
}

async function letterForAdding(letterId: string) {
  const letter = await db.letter.findUniqueOrThrow({
    where: { id: letterId },
    select: {
      id: true, slug: true, title: true, addressee: true, body: true, language: true, status: true, deadline: true, publishAt: true,
      endorsementsOpen: true, version: true, signerKinds: true, translations: { select: TRANSLATION_FIELDS }, _count: { select: { deliveries: true } },
    },
  });
  return { ...letter, language: localeOr(letter.language), deliveries: letter._count.deliveries };
}
type AddingLetter = Awaited<ReturnType<typeof letterForAdding>>;

/** Confirming by mail needs a letter that can be confirmed: open (or taking endorsements after delivery). */
const mailRefused = (letter: AddingLetter, options: AdditionOptions): Failure<"LETTER_CLOSED"> | null =>
  options.mode === "mail" && !isSignable(letter) ? fail("LETTER_CLOSED") : null;

/**
 * Every row to write for the added signatures, prepared before the transaction (ids, links, the
 * rendered mails), so no mail is rendered while the write lock is held.
 */
async function prepare(letter: AddingLetter, items: AddedSignature[], options: AdditionOptions, source: Source, actorId: string) {
  const now = new Date();
  const status = startingStatus(options);
  const tier = tierFor(letter, now);
  const signatures = [];
  const tokens = [];
  const mails = [];
  for (const item of items) {
    const id = newRowId();
    const locale: Locale = item.language ?? letter.language;
    const text = readingText(letter, letter.translations, locale);
    signatures.push({
      id, letterId: letter.id, ...signatureColumns(item),
      locale, textLocale: text.locale, tier, status,
      source, sourceNote: options.note || null, addedById: actorId,
      ...(options.mode === "confirmed" ? { confirmedAt: now, reviewedAt: now, reviewedById: actorId, letterVersion: letter.version } : {}),
    });
    if (options.mode !== "mail") continue;
    const confirm = newToken();
    const withdraw = newToken();
    const expiresAt = new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS);
    tokens.push(
      { signatureId: id, purpose: "confirm", tokenHash: confirm.tokenHash, expiresAt, answers: null },
      { signatureId: id, purpose: "withdraw", tokenHash: withdraw.tokenHash, expiresAt: new Date(now.getTime() + WITHDRAW_TOKEN_TTL_MS), answers: null },
    );
    const link = (page: string, token: string) => `${env.APP_URL}${pathIn(locale, `/${page}/${token}`)}`;
    const mail = await confirmAddedSignatureMail({
      to: item.email, locale, orgName: item.orgName, contactName: item.contactName ?? item.orgName, letterTitle: text.title,
      confirmUrl: link("confirm", confirm.token), withdrawUrl: link("withdraw", withdraw.token), expiresAt,
    });
    mails.push(outboxRow(mail, { signatureId: id }));
  }
  return { signatures, tokens, mails, approved: items.length * approvedCountDelta(INITIAL_SIGNATURE_STATUS, status) };
}

/** Writes the prepared rows and keeps the letter's public count in step, in the caller's transaction. */
async function write(tx: Tx, letterId: string, rows: Awaited<ReturnType<typeof prepare>>) {
  await tx.signature.createMany({ data: rows.signatures });
  if (rows.tokens.length) await tx.signatureToken.createMany({ data: rows.tokens });
  if (rows.mails.length) await tx.outboxMessage.createMany({ data: rows.mails });
  if (rows.approved) await tx.letter.update({ where: { id: letterId }, data: { approvedCount: { increment: rows.approved } } });
}

/**
 * A coordinator adds one signature that arrived elsewhere. Same answers and checks as the sign
 * form, same rule: one signature per address per letter (ALREADY_SIGNED, next to the address).
 * Audited as "signature.add" with the mode and the note.
 */
export async function addSignature(letter: AuthorizedLetter, item: AddedSignature, options: AdditionOptions): Promise<Result<{ id: string }, "ALREADY_SIGNED" | "LETTER_CLOSED" | "INVALID_INPUT">> {
  const adding = await letterForAdding(letter.id);
  if (!letterTakes(adding.signerKinds, item.kind)) return { ok: false, code: "INVALID_INPUT", fieldErrors: { kind: "INVALID_VALUE" } };
  // Only an organisation may be counted without its name: refused rather than the choice dropped.
  if (item.kind === "individual" && item.hideName) return { ok: false, code: "INVALID_INPUT", fieldErrors: { hideName: "INVALID_VALUE" } };
  const refused = mailRefused(adding, options);
  if (refused) return refused;
  const rows = await prepare(adding, [item], options, "manual", letter.actor.id);
  const alreadySigned = { ok: false as const, code: "INVALID_INPUT" as const, fieldErrors: { email: "ALREADY_SIGNED" as const } };
  try {
    const done = await db.$transaction(async (tx) => {
      const taken = await tx.signature.count({ where: { letterId: letter.id, emailCanonical: rows.signatures[0].emailCanonical } });
      if (taken) return false;
      await write(tx, letter.id, rows);
      await recordAudit(tx, {
        letterId: letter.id, actor: letter.actor, action: "signature.add", targetType: "signature", targetId: rows.signatures[0].id,
        details: { name: item.orgName, mode: options.mode, ...(options.note ? { note: options.note } : {}) },
      });
      return true;
    });
    if (!done) return alreadySigned;
  } catch (error) {
    if (isUniqueViolation(error)) return alreadySigned;
    throw error;
  }
  if (rows.mails.length) kickMailWorker();
  return { ok: true, id: rows.signatures[0].id };
}

export type ImportOutcome = { outcome: "imported"; count: number } | { outcome: "report"; report: ImportReport };

/**
 * Imports a CSV, all or nothing. The file is read and checked again here, whatever a preview
 * showed; then checked once more inside the transaction that writes every row, so a signature
 * that arrived meanwhile with the same address stops the whole import, which then answers with
 * the report again. Audited once, "signature.import", with the count, the mode and the note.
 */
export async function importSignatures(letter: AuthorizedLetter, csv: string, options: AdditionOptions): Promise<Result<ImportOutcome, "LETTER_CLOSED">> {
  const report = await checkImport(db, letter, csv);
  if (!report.ok || report.errorCount) return { ok: true, outcome: "report", report };
  const adding = await letterForAdding(letter.id);
  const refused = mailRefused(adding, options);
  if (refused) return refused;
  const rows = await prepare(adding, report.valid.map((v) => v.data), options, "import", letter.actor.id);
  class Changed extends Error {}
  try {
    await db.$transaction(async (tx) => {
      const again = await checkImport(tx, letter, csv);
      if (!again.ok || again.errorCount) throw new Changed();
      await write(tx, letter.id, rows);
      await recordAudit(tx, {
        letterId: letter.id, actor: letter.actor, action: "signature.import", targetType: "letter", targetId: letter.id,
        details: { count: rows.signatures.length, mode: options.mode, ...(options.note ? { note: options.note } : {}) },
      });
    });
  } catch (error) {
    if (!(error instanceof Changed) && !isUniqueViolation(error)) throw error;
    return { ok: true, outcome: "report", report: await checkImport(db, letter, csv) };
  }
  if (rows.mails.length) kickMailWorker();
  return { ok: true, outcome: "imported", count: rows.signatures.length };
}
