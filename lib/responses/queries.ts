import "server-only";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { effectiveLetterStatus, isPubliclyVisible, PUBLIC_LETTER_STATUSES } from "@/lib/letters/status";

// Reads of the addressee's answers: oldest first (a letter's answers read as a correspondence).
// The PDF's bytes are read only by the route that serves them.

const listSelect = {
  id: true, receivedAt: true, author: true, body: true, link: true, comment: true, pdfName: true, updatedAt: true,
} as const;
const order = [{ receivedAt: "asc" as const }, { createdAt: "asc" as const }];

export type ResponseRow = {
  id: string;
  receivedAt: Date;
  author: string;
  body: string;
  link: string | null;
  comment: string | null;
  /** Set when a PDF is attached. */
  pdfName: string | null;
  updatedAt: Date;
};

/** A letter's responses, for its workspace page. */
export function listResponses(letter: AuthorizedLetter): Promise<ResponseRow[]> {
  return db.letterResponse.findMany({ where: { letterId: letter.id }, orderBy: order, select: listSelect });
}

/** A published letter's responses, for its public page (the caller has read the letter as public). */
export function listPublicResponses(letterId: string): Promise<ResponseRow[]> {
  return db.letterResponse.findMany({ where: { letterId, letter: { status: { in: PUBLIC_LETTER_STATUSES } } }, orderBy: order, select: listSelect });
}

/** A response's PDF, when its letter is public and it has one. */
export async function getPublicResponsePdf(slug: string, responseId: string): Promise<{ bytes: Uint8Array; name: string } | null> {
  const row = await db.letterResponse.findFirst({
    where: { id: responseId, letter: { slug } },
    select: { pdf: true, pdfName: true, letter: { select: { status: true, deadline: true } } },
  });
  if (!row?.pdf || !isPubliclyVisible(effectiveLetterStatus(row.letter))) return null;
  return { bytes: row.pdf, name: row.pdfName ?? "response.pdf" };
}
