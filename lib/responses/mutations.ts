import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { fail, type Failure, type Result } from "@/lib/errors";
import { pdfFileName, pdfProblem, type ResponseInput } from "@/lib/responses/schema";

// Writes of the addressee's answers to a letter. Each one is audited in its own transaction with
// the letter's id, which also moves the letter's revision and so refreshes its cached public page.
// A response is always looked up under the checked letter: another letter's response is NOT_FOUND.

type ResponseCode = "NOT_FOUND" | "INVALID_INPUT";

const TEXT_FIELDS = ["receivedAt", "author", "body", "link", "comment"] as const;
const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** Publishes a new response, or saves the one `input.responseId` names. */
export async function saveResponse({ id: letterId, actor }: AuthorizedLetter, input: ResponseInput): Promise<Result<{ responseId: string; created: boolean }, ResponseCode>> {
  const { responseId, ...data } = input;
  return db.$transaction(async (tx): Promise<Result<{ responseId: string; created: boolean }, ResponseCode>> => {
    if (!responseId) {
      const created = await tx.letterResponse.create({ data: { letterId, ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(tx, {
        letterId, actor, action: "response.publish", targetType: "response", targetId: created.id,
        details: { author: data.author, receivedAt: data.receivedAt.toISOString().slice(0, 10), link: data.link, comment: data.comment !== null },
      });
      return { ok: true, responseId: created.id, created: true };
    }
    const before = await tx.letterResponse.findFirst({ where: { id: responseId, letterId }, select: { receivedAt: true, author: true, body: true, link: true, comment: true } });
    if (!before) return fail("NOT_FOUND");
    await tx.letterResponse.update({ where: { id: responseId }, data });
    const changed = TEXT_FIELDS.filter((k) => !same(before[k], data[k]));
    await recordAudit(tx, { letterId, actor, action: "response.edit", targetType: "response", targetId: responseId, details: { changed } });
    return { ok: true, responseId, created: false };
  });
}

/** Removes a response, its PDF with it. */
export async function removeResponse({ id: letterId, actor }: AuthorizedLetter, responseId: string): Promise<Result<object, ResponseCode>> {
  return db.$transaction(async (tx): Promise<Result<object, ResponseCode>> => {
    const before = await tx.letterResponse.findFirst({ where: { id: responseId, letterId }, select: { author: true, receivedAt: true } });
    if (!before) return fail("NOT_FOUND");
    await tx.letterResponse.delete({ where: { id: responseId } });
    await recordAudit(tx, {
      letterId, actor, action: "response.remove", targetType: "response", targetId: responseId,
      details: { author: before.author, receivedAt: before.receivedAt.toISOString().slice(0, 10) },
    });
    return { ok: true };
  });
}

const pdfRefused = (code: NonNullable<ReturnType<typeof pdfProblem>>): Failure<"INVALID_INPUT"> => ({ ok: false, code: "INVALID_INPUT", fieldErrors: { pdf: code } });

/**
 * Attaches a PDF to a response (replacing one it had), after checking it is one: at most
 * RESPONSE_PDF_MAX_BYTES, starting with the PDF signature. The audit keeps its SHA-256.
 */
export async function attachResponsePdf(
  { id: letterId, actor }: AuthorizedLetter,
  responseId: string,
  file: { bytes: Uint8Array; name: string },
): Promise<Result<object, ResponseCode>> {
  const problem = pdfProblem(file.bytes);
  if (problem) return pdfRefused(problem);
  const pdfName = pdfFileName(file.name);
  return db.$transaction(async (tx): Promise<Result<object, ResponseCode>> => {
    const { count } = await tx.letterResponse.updateMany({ where: { id: responseId, letterId }, data: { pdf: new Uint8Array(file.bytes), pdfName } });
    if (count !== 1) return fail("NOT_FOUND");
    await recordAudit(tx, {
      letterId, actor, action: "response.attachPdf", targetType: "response", targetId: responseId,
      details: { name: pdfName, bytes: file.bytes.byteLength, sha256: createHash("sha256").update(file.bytes).digest("hex") },
    });
    return { ok: true };
  });
}

/** Takes a response's PDF away; the response stays. */
export async function removeResponsePdf({ id: letterId, actor }: AuthorizedLetter, responseId: string): Promise<Result<object, ResponseCode>> {
  return db.$transaction(async (tx): Promise<Result<object, ResponseCode>> => {
    const { count } = await tx.letterResponse.updateMany({ where: { id: responseId, letterId, pdfName: { not: null } }, data: { pdf: null, pdfName: null } });
    if (count !== 1) return fail("NOT_FOUND");
    await recordAudit(tx, { letterId, actor, action: "response.removePdf", targetType: "response", targetId: responseId });
    return { ok: true };
  });
}
