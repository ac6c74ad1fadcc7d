import "server-only";
import { db } from "@/lib/db";
import { effectiveLetterStatus, type LetterStatus } from "@/lib/letters/status";

/** What the public sees of a letter. Drafts are never returned. */
export type PublicLetter = {
  id: string;
  slug: string;
  title: string;
  addressee: string;
  body: string;
  coordinators: string[];
  status: LetterStatus;
  deadline: Date | null;
  publishedAt: Date | null;
  approvedCount: number;
  version: number;
};

const publicSelect = {
  id: true, slug: true, title: true, addressee: true, body: true, coordinators: true, status: true,
  deadline: true, publishedAt: true, approvedCount: true, version: true,
} as const;

function toPublic(row: {
  id: string; slug: string; title: string; addressee: string; body: string; coordinators: string; status: string;
  deadline: Date | null; publishedAt: Date | null; approvedCount: number; version: number;
}): PublicLetter {
  return {
    ...row,
    coordinators: row.coordinators.split("\n").map((c) => c.trim()).filter(Boolean),
    status: effectiveLetterStatus(row),
  };
}

export async function getPublicLetter(slug: string): Promise<PublicLetter | null> {
  const row = await db.letter.findUnique({ where: { slug }, select: publicSelect });
  if (!row || row.status === "draft") return null;
  return toPublic(row);
}

/** Open letters first (newest first), then closed and delivered ones. */
export async function listPublicLetters(): Promise<PublicLetter[]> {
  const rows = await db.letter.findMany({
    where: { status: { in: ["open", "closed", "delivered"] } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: publicSelect,
    take: 200,
  });
  const letters = rows.map(toPublic);
  return [...letters.filter((l) => l.status === "open"), ...letters.filter((l) => l.status !== "open")];
}
