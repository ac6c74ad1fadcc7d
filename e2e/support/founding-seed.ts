/** Drafts for the "before publication" specs, written with the shared seeders. */
import { seedLetter } from "../../lib/testing/seed";
import { appDb } from "./seed";

/** A draft assigned to `coordinatorId`. */
export async function seedDraft(coordinatorId: string) {
  return seedLetter(await appDb(), { status: "draft", coordinatorId });
}

/** Makes the letter's publication hour a moment ago, as if the hour set in the form had come. */
export async function makePublicationDue(letterId: string) {
  const db = await appDb();
  await db.letter.update({ where: { id: letterId }, data: { publishAt: new Date(Date.now() - 1000) } });
}

/** Turns a seeded letter back into a draft (the authorisation matrix seeds open letters). */
export async function makeDraft(letterId: string) {
  const db = await appDb();
  await db.letter.update({ where: { id: letterId }, data: { status: "draft", publishedAt: null } });
}

/** A private signing link on the letter, unless it has an active one already. */
export async function ensureSigningLink(letterId: string, label: string) {
  const db = await appDb();
  const { newToken } = await import("../../lib/signatures/tokens");
  if (await db.signingLink.count({ where: { letterId, revokedAt: null } })) return;
  await db.signingLink.create({ data: { letterId, label, tokenHash: newToken().tokenHash, expiresAt: new Date(Date.now() + 86_400_000) } });
}
