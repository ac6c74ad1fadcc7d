/**
 * Data for the coordinator specs, written into the app's database with the shared seeders: users
 * with real session rows (so requests carry genuine session cookies), letters, assignments,
 * signatures.
 */
import { seedLetter, seedSession, seedSignature, seedUser } from "../../lib/testing/seed";
import { appDb } from "./seed";

export const SESSION_COOKIE = "authjs.session-token";

export type SeededUser = { id: string; email: string; sessionToken: string };

/** A user with a live (or, with expired, a past) database session. */
export async function seedUserWithSession(role: "admin" | "coordinator", expired = false): Promise<SeededUser> {
  const db = await appDb();
  const user = await seedUser(db, role);
  return { id: user.id, email: user.email, sessionToken: await seedSession(db, user.id, { expired }) };
}

/** An open letter with one confirmed signature, assigned to `coordinatorId` when given. */
export async function seedLetterWithSignature(coordinatorId?: string) {
  const db = await appDb();
  const letter = await seedLetter(db, { coordinatorId });
  const signature = await seedSignature(db, letter.id);
  return { letter, signature };
}

/** Everything a coordinator action could change, as one comparable value. */
export async function snapshot(): Promise<string> {
  const db = await appDb();
  const [letters, signatures, audit, users, assignments, outbox, versions] = await Promise.all([
    db.letter.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, slug: true, status: true, version: true, approvedCount: true, body: true } }),
    db.signature.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, displayName: true, rejectionReason: true, email: true, erasedAt: true } }),
    db.auditEvent.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabledAt: true } }),
    db.letterCoordinator.count(),
    db.outboxMessage.count({ where: { kind: { not: "sign-in" } } }),
    db.letterVersion.count(),
  ]);
  return JSON.stringify({ letters, signatures, audit, users, assignments, outbox, versions });
}
