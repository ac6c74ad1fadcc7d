/**
 * Letters as the library's mutations take them: checked by the real access rule (lib/auth/access.ts)
 * for a real user, so integration tests exercise the same path as the server actions. Test-only.
 */
import { randomUUID } from "node:crypto";
import { authorizeLetter, type AuthorizedLetter, type CurrentUser } from "@/lib/auth/access";
import { db } from "@/lib/db";

/** A new administrator of the test database. */
export async function testAdmin(): Promise<CurrentUser> {
  const user = await db.user.create({ data: { email: `admin-${randomUUID().slice(0, 8)}@example.org`, role: "admin" } });
  return { id: user.id, email: user.email, role: "admin" };
}

/** `letterId` as `user` (a new administrator when none is given) may work on it; throws when they may not. */
export async function authorized(letterId: string, user?: CurrentUser): Promise<AuthorizedLetter> {
  const letter = await authorizeLetter(user ?? (await testAdmin()), letterId);
  if (!letter) throw new Error(`test setup: no access to letter ${letterId}`);
  return letter;
}
