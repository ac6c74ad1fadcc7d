import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { canonicalList, newcomers, parseCanonicalList, sha256Hex, type CanonicalEntry } from "@/lib/deliveries/canonical";
import { currentTranslations } from "@/lib/export/pdf-edition";
import { effectiveLetterStatus, isPubliclyVisible } from "@/lib/letters/status";
import { TRANSLATION_FIELDS } from "@/lib/letters/translation-status";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";

type Client = Tx | typeof db;
const PAGE_SIZE = 1000;

/**
 * The approved signatories of a letter as canonical entries, in the public list's order, a page at a
 * time: the named ones by sort key, then those not named in public (unnamedEntries).
 */
async function approvedEntries(client: Client, letterId: string): Promise<CanonicalEntry[]> {
  const entries: CanonicalEntry[] = [];
  let last: { sortKey: string; id: string } | null = null;
  for (;;) {
    const after: Prisma.SignatureWhereInput = last ? { OR: [{ sortKey: { gt: last.sortKey } }, { sortKey: last.sortKey, id: { gt: last.id } }] } : {};
    const rows: { id: string; sortKey: string; orgName: string; displayName: string | null; country: string; orgType: string; website: string | null; tier: string; kind: string; affiliation: string | null }[] = await client.signature.findMany({
      where: { letterId, status: PUBLIC_SIGNATURE_STATUS, hideName: false, ...after },
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      select: { id: true, sortKey: true, orgName: true, displayName: true, country: true, orgType: true, website: true, tier: true, kind: true, affiliation: true },
      take: PAGE_SIZE,
    });
    for (const r of rows) entries.push({ name: r.displayName ?? r.orgName, country: r.country, type: r.orgType, website: r.website, tier: r.tier, kind: r.kind, affiliation: r.affiliation });
    if (rows.length < PAGE_SIZE) return [...entries, ...(await unnamedEntries(client, letterId))];
    last = rows[rows.length - 1];
  }
}

/**
 * The approved signatories not named in public (lib/signatures/at-risk.ts), as the delivery's
 * public record holds them: an empty name, no website, the country only if they let it be shown;
 * those with a country by its code, then the others, each in the order they were added. Their names
 * are not even read. Few by nature: read in one go.
 */
async function unnamedEntries(client: Client, letterId: string): Promise<CanonicalEntry[]> {
  const where = { letterId, status: PUBLIC_SIGNATURE_STATUS, hideName: true };
  const select = { country: true, orgType: true, tier: true, kind: true };
  // One after the other: `client` may be a transaction.
  const located = await client.signature.findMany({ where: { ...where, hideCountry: false }, orderBy: [{ country: "asc" }, { id: "asc" }], select });
  const unlocated = await client.signature.findMany({ where: { ...where, hideCountry: true }, orderBy: { id: "asc" }, select });
  return [
    ...located.map((r) => ({ name: "", country: r.country, type: r.orgType, website: null, tier: r.tier, kind: r.kind, affiliation: null })),
    ...unlocated.map((r) => ({ name: "", country: "", type: r.orgType, website: null, tier: r.tier, kind: r.kind, affiliation: null })),
  ];
}

/**
 * What a delivery of the letter would freeze now: the text version with its current translations,
 * the signatories to deliver (all approved ones the first time, then those not delivered before),
 * and `digest`, which changes when anything the PDF or the record holds changes (the texts, any
 * approved signatory, an earlier delivery). `mutations.ts` reads it again inside its transaction.
 */
export async function readSnapshot(client: Client, letterId: string) {
  const letter = await client.letter.findUnique({
    where: { id: letterId },
    select: { status: true, deadline: true, version: true, language: true, title: true, addressee: true, body: true, translations: { select: TRANSLATION_FIELDS } },
  });
  if (!letter) return null;
  const translations = currentTranslations(letter, letter.translations).map(({ locale, title, addressee, body }) => ({ locale, title, addressee, body }));
  const texts = JSON.stringify({ version: letter.version, language: letter.language, title: letter.title, addressee: letter.addressee, body: letter.body, translations });
  const approved = await approvedEntries(client, letterId);
  const earlier = await client.delivery.findMany({ where: { letterId }, orderBy: { sequence: "asc" }, select: { sequence: true, signatories: true } });
  const entries = newcomers(approved, earlier.map((d) => parseCanonicalList(d.signatories)));
  const nextSequence = (earlier.at(-1)?.sequence ?? 0) + 1;
  const digest = sha256Hex(`${nextSequence}\n${texts}\n${canonicalList(approved)}`);
  return { status: letter.status, deadline: letter.deadline, version: letter.version, texts, entries, nextSequence, approvedCount: approved.length, digest };
}
export type Snapshot = NonNullable<Awaited<ReturnType<typeof readSnapshot>>>;

/** What the confirmation step shows a coordinator: what would be frozen now. */
export async function deliveryPreview({ id }: AuthorizedLetter) {
  const snapshot = await readSnapshot(db, id);
  if (!snapshot) return null;
  const { status, version, entries, nextSequence, approvedCount } = snapshot;
  return { status, version, count: entries.length, nextSequence, approvedCount };
}

/** The public facts of a delivery: never the coordinators' note or who recorded it. */
const publicFields = {
  sequence: true, deliveredAt: true, recipient: true, method: true, reference: true,
  letterVersion: true, signatoryCount: true, pdfSha256: true, listSha256: true,
} as const;

/** A letter's deliveries, first to last (for its coordinators, with the note). */
export async function deliveriesForCoordinator({ id }: AuthorizedLetter) {
  return db.delivery.findMany({ where: { letterId: id }, orderBy: { sequence: "asc" }, select: { ...publicFields, note: true } });
}

/** A letter's deliveries as anyone may see them, first to last. */
export async function publicDeliveries(letterId: string) {
  return db.delivery.findMany({ where: { letterId }, orderBy: { sequence: "asc" }, select: publicFields });
}
export type PublicDelivery = Awaited<ReturnType<typeof publicDeliveries>>[number];

/** A published letter's slug to its id and title; null for a draft or no such letter. */
async function publicLetter(slug: string) {
  const letter = await db.letter.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, status: true, deadline: true } });
  return letter && isPubliclyVisible(effectiveLetterStatus(letter)) ? letter : null;
}

/** One delivery of a published letter with its snapshot (texts and list), read only from its row. */
export async function getPublicDelivery(slug: string, sequence: number) {
  const letter = await publicLetter(slug);
  if (!letter) return null;
  const delivery = await db.delivery.findUnique({
    where: { letterId_sequence: { letterId: letter.id, sequence } },
    select: { ...publicFields, texts: true, signatories: true },
  });
  if (!delivery) return null;
  const { texts: textsJson, signatories, ...facts } = delivery;
  const texts = JSON.parse(textsJson) as { title: string; addressee: string; language: string; translations: { locale: string }[] };
  return {
    letter: { id: letter.id, slug: letter.slug },
    delivery: facts,
    text: { title: texts.title, addressee: texts.addressee, language: texts.language, translations: texts.translations.map((t) => t.locale) },
    signatories: parseCanonicalList(signatories),
  };
}

/** The PDF of a delivery as it was sent, from its row. */
export async function deliveredPdf(slug: string, sequence: number): Promise<Uint8Array | null> {
  const letter = await publicLetter(slug);
  if (!letter) return null;
  const row = await db.delivery.findUnique({ where: { letterId_sequence: { letterId: letter.id, sequence } }, select: { pdf: true } });
  return row ? new Uint8Array(row.pdf) : null;
}

/** Which deliveries of the letter a SHA-256 is the PDF or the canonical list of. */
export async function deliveriesMatching(letterId: string, sha256: string): Promise<{ sequence: number; what: "pdf" | "list" }[]> {
  const rows = await db.delivery.findMany({
    where: { letterId, OR: [{ pdfSha256: sha256 }, { listSha256: sha256 }] },
    orderBy: { sequence: "asc" },
    select: { sequence: true, pdfSha256: true },
  });
  return rows.map((r) => ({ sequence: r.sequence, what: r.pdfSha256 === sha256 ? "pdf" : "list" }));
}
