/**
 * Letters as the library's mutations take them: checked by the real access rule (lib/auth/access.ts)
 * for a real user, so integration tests exercise the same path as the server actions. Test-only.
 */
import { authorizeLetter, type AuthorizedLetter, type CurrentUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { seedUser } from "@/lib/testing/seed";

/** `letterId` as `user` (a new administrator when none is given) may work on it; throws when they may not. */
export async function authorized(letterId: string, user?: CurrentUser): Promise<AuthorizedLetter> {
  const letter = await authorizeLetter(user ?? (await seedUser(db, "admin")), letterId);
  if (!letter) throw new Error(`test setup: no access to letter ${letterId}`);
  return letter;
}
