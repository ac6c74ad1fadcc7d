/**
 * Data for the coordinator specs, written straight into the app's database: users with real
 * session rows (so requests carry genuine session cookies), letters, assignments, signatures.
 */
import { randomUUID } from "node:crypto";
import { emailColumns, nameColumns } from "../../lib/signatures/normalise";
import { appDb } from "./seed";

const uid = () => randomUUID().slice(0, 8);
export const SESSION_COOKIE = "authjs.session-token";

export type SeededUser = { id: string; email: string; sessionToken: string };

/** A user with a live (or, with expired, a past) database session. */
export async function seedUserWithSession(role: "admin" | "coordinator", expired = false): Promise<SeededUser> {
  const db = await appDb();
  const user = await db.user.create({ data: { email: `${role}-${uid()}@example.org`, role } });
  const sessionToken = randomUUID();
  const expires = new Date(Date.now() + (expired ? -60_000 : 86_400_000));
  await db.session.create({ data: { sessionToken, userId: user.id, expires } });
  return { id: user.id, email: user.email, sessionToken };
}

/** An open letter with one confirmed signature, assigned to `coordinatorId` when given. */
export async function seedLetterWithSignature(coordinatorId?: string) {
  const db = await appDb();
  const slug = `authz-${uid()}`;
  const text = { title: `Authz letter ${slug}`, addressee: "The Minister", body: "Dear Minister." };
  const letter = await db.letter.create({
    data: {
      slug, ...text, status: "open", publishedAt: new Date(), version: 1,
      versions: { create: { version: 1, ...text } },
      ...(coordinatorId ? { coordinatorsOf: { create: { userId: coordinatorId } } } : {}),
    },
  });
  const orgName = `Authz Org ${uid()}`;
  const email = `authz-${uid()}@example.org`;
  const signature = await db.signature.create({
    data: {
      letterId: letter.id, orgName, ...nameColumns(orgName),
      country: "KE", orgType: "civil_society", contactName: "Sam", ...emailColumns(email), status: "confirmed", confirmedAt: new Date(), letterVersion: 1,
    },
  });
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
