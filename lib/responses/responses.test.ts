// The addressee's answers on the test database: published, edited and removed by the letter's
// coordinators only, each step audited (which also moves the letter's revision, so its cached
// public page is dropped), a PDF refused unless it is one, and what the public may read.
import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/db";
import { authorizeLetter } from "@/lib/auth/access";
import { fieldErrorsFrom } from "@/lib/errors";
import { attachResponsePdf, removeResponse, removeResponsePdf, saveResponse } from "@/lib/responses/mutations";
import { getPublicResponsePdf, listPublicResponses, listResponses } from "@/lib/responses/queries";
import { pdfFileName, RESPONSE_PDF_MAX_BYTES, responseFormSchema } from "@/lib/responses/schema";
import { authorized } from "@/lib/testing/access";
import { seedLetter, seedUser } from "@/lib/testing/seed";

const form = (over: Record<string, string> = {}) => ({
  responseId: "", receivedAt: "2026-11-20", author: "Secretary-General, ITU", body: "Thank you for your **letter**.",
  link: "https://www.itu.int/en/answer", comment: "We welcome the reply, but it *does not* answer our question.", ...over,
});
const valid = (over: Record<string, string> = {}) => responseFormSchema.parse(form(over));
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const auditOf = async (letterId: string) =>
  (await db.auditEvent.findMany({ where: { letterId }, orderBy: { createdAt: "asc" } })).map((e) => ({ action: e.action, targetId: e.targetId, details: JSON.parse(e.details) }));
const revisionOf = async (letterId: string) => (await db.letter.findUniqueOrThrow({ where: { id: letterId } })).revision;

test("publishing, editing and removing a response are audited with the letter, each moving its revision", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  const published = await saveResponse(access, valid());
  assert.ok(published.ok && published.created);
  const row = await db.letterResponse.findUniqueOrThrow({ where: { id: published.responseId } });
  assert.equal(row.letterId, letter.id);
  assert.equal(row.author, "Secretary-General, ITU");
  assert.equal(row.receivedAt.toISOString(), "2026-11-20T00:00:00.000Z");
  assert.equal(row.link, "https://www.itu.int/en/answer");
  assert.equal(await revisionOf(letter.id), 1);

  const edited = await saveResponse(access, valid({ responseId: row.id, body: "Thank you for your letter.", link: "" }));
  assert.deepEqual(edited, { ok: true, responseId: row.id, created: false });
  const after = await db.letterResponse.findUniqueOrThrow({ where: { id: row.id } });
  assert.equal(after.body, "Thank you for your letter.");
  assert.equal(after.link, null);
  assert.equal(await revisionOf(letter.id), 2);

  assert.deepEqual(await removeResponse(access, row.id), { ok: true });
  assert.equal(await db.letterResponse.count({ where: { letterId: letter.id } }), 0);
  assert.equal(await revisionOf(letter.id), 3);

  const audit = await auditOf(letter.id);
  assert.deepEqual(audit.map((e) => e.action), ["response.publish", "response.edit", "response.remove"]);
  assert.ok(audit.every((e) => e.targetId === row.id));
  assert.deepEqual(audit[1].details.changed, ["body", "link"]);
  assert.equal(audit[2].details.author, "Secretary-General, ITU");
});

test("a letter's responses are listed by the date they were received, whatever order they were entered in", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  assert.ok((await saveResponse(access, valid({ receivedAt: "2026-11-25", author: "Second" }))).ok);
  assert.ok((await saveResponse(access, valid({ receivedAt: "2026-11-02", author: "First" }))).ok);
  assert.deepEqual((await listResponses(access)).map((r) => r.author), ["First", "Second"]);
  assert.deepEqual((await listPublicResponses(letter.id)).map((r) => r.author), ["First", "Second"]);
});

test("another letter's coordinator cannot touch a response: no access to the letter, and its response is NOT_FOUND under their own", async () => {
  const mine = await seedUser(db);
  const other = await seedUser(db);
  const letter = await seedLetter(db, { coordinatorId: mine.id });
  const theirs = await seedLetter(db, { coordinatorId: other.id });
  const response = await saveResponse(await authorized(letter.id, mine), valid());
  assert.ok(response.ok);
  // The letter gate hands out an AuthorizedLetter only through this check, which refuses them.
  assert.equal(await authorizeLetter(other, letter.id), null);
  // With their own letter, the response's id reaches nothing.
  const own = await authorized(theirs.id, other);
  const before = await db.letterResponse.findUniqueOrThrow({ where: { id: response.responseId } });
  assert.deepEqual(await saveResponse(own, valid({ responseId: response.responseId, author: "Hijacked" })), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await removeResponse(own, response.responseId), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await attachResponsePdf(own, response.responseId, { bytes: PDF, name: "x.pdf" }), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await removeResponsePdf(own, response.responseId), { ok: false, code: "NOT_FOUND" });
  assert.deepEqual(await db.letterResponse.findUniqueOrThrow({ where: { id: response.responseId } }), before);
  assert.equal(await db.auditEvent.count({ where: { letterId: theirs.id } }), 0);
  assert.equal(await revisionOf(theirs.id), 0);
});

test("bad input is refused field by field, with codes the form words; a link must be http(s)", () => {
  const errors = (over: Record<string, string>) => {
    const parsed = responseFormSchema.safeParse(form(over));
    return parsed.success ? {} : fieldErrorsFrom(parsed.error);
  };
  assert.deepEqual(errors({ author: " ", body: "", receivedAt: "" }), { author: "REQUIRED", body: "REQUIRED", receivedAt: "REQUIRED" });
  assert.deepEqual(errors({ receivedAt: "2026-13-45" }), { receivedAt: "INVALID_VALUE" });
  assert.deepEqual(errors({ author: "x".repeat(301) }), { author: "TOO_LONG" });
  for (const link of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/a", "www.itu.int", "file:///etc/passwd"]) {
    assert.deepEqual(errors({ link }), { link: "INVALID_WEBSITE" }, link);
  }
  assert.deepEqual(errors({ link: "http://example.org/reply" }), {});
  assert.deepEqual(errors({ comment: "" }), {});
  assert.equal(valid({ comment: "  " }).comment, null);
});

test("a PDF is checked by its first bytes and its size, never its name; a refused file writes nothing", async () => {
  const letter = await seedLetter(db);
  const access = await authorized(letter.id);
  const response = await saveResponse(access, valid());
  assert.ok(response.ok);
  const revision = await revisionOf(letter.id);
  const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
  assert.deepEqual(await attachResponsePdf(access, response.responseId, { bytes: html, name: "answer.pdf" }), { ok: false, code: "INVALID_INPUT", fieldErrors: { pdf: "INVALID_VALUE" } });
  assert.deepEqual(await attachResponsePdf(access, response.responseId, { bytes: new Uint8Array(), name: "" }), { ok: false, code: "INVALID_INPUT", fieldErrors: { pdf: "REQUIRED" } });
  const huge = new Uint8Array(RESPONSE_PDF_MAX_BYTES + 1);
  huge.set(PDF);
  assert.deepEqual(await attachResponsePdf(access, response.responseId, { bytes: huge, name: "big.pdf" }), { ok: false, code: "INVALID_INPUT", fieldErrors: { pdf: "TOO_LONG" } });
  assert.equal((await db.letterResponse.findUniqueOrThrow({ where: { id: response.responseId } })).pdf, null);
  assert.equal(await revisionOf(letter.id), revision);

  assert.deepEqual(await attachResponsePdf(access, response.responseId, { bytes: PDF, name: "C:\\Users\\me\\Réponse du SG \"final\".pdf" }), { ok: true });
  const stored = await getPublicResponsePdf(letter.slug, response.responseId);
  assert.ok(stored);
  assert.deepEqual(new Uint8Array(stored.bytes), PDF);
  assert.equal(stored.name, "Reponse-du-SG-final.pdf");
  const attached = (await auditOf(letter.id)).find((e) => e.action === "response.attachPdf");
  assert.equal(attached?.details.bytes, PDF.byteLength);
  assert.match(String(attached?.details.sha256), /^[0-9a-f]{64}$/);

  assert.deepEqual(await removeResponsePdf(access, response.responseId), { ok: true });
  assert.equal(await getPublicResponsePdf(letter.slug, response.responseId), null);
  assert.deepEqual(await removeResponsePdf(access, response.responseId), { ok: false, code: "NOT_FOUND" });
  assert.ok((await auditOf(letter.id)).some((e) => e.action === "response.removePdf"));
});

test("a draft letter's responses and their PDFs are not public; the PDF is served under its own letter only", async () => {
  const draft = await seedLetter(db, { status: "draft" });
  const open = await seedLetter(db);
  const response = await saveResponse(await authorized(draft.id), valid());
  assert.ok(response.ok);
  assert.ok((await attachResponsePdf(await authorized(draft.id), response.responseId, { bytes: PDF, name: "a.pdf" })).ok);
  assert.deepEqual(await listPublicResponses(draft.id), []);
  assert.equal(await getPublicResponsePdf(draft.slug, response.responseId), null);
  assert.equal(await getPublicResponsePdf(open.slug, response.responseId), null);
});

test("an uploaded file's name is kept only as plain ASCII ending in .pdf", () => {
  assert.equal(pdfFileName("/tmp/../answer.PDF"), "answer.pdf");
  assert.equal(pdfFileName("ответ.pdf"), "response.pdf");
  assert.equal(pdfFileName("evil\r\nX-Header: 1.pdf"), "evil-X-Header-1.pdf");
});
