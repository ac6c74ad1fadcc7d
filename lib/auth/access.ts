import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/queries";

export type { CurrentUser } from "@/lib/auth/queries";

declare const checked: unique symbol;

/**
 * A letter that `actor` has been checked to work on. Only this module makes one, so a library
 * mutation that takes an AuthorizedLetter cannot be called without the check (a compile error).
 * Checks go by the user's id, never by an email string.
 */
export type AuthorizedLetter = { readonly id: string; readonly actor: CurrentUser; readonly [checked]: "letter" };

/** A signed-in administrator, checked. Admin-only mutations take this instead of a user. */
export type AuthorizedAdmin = CurrentUser & { readonly role: "admin"; readonly [checked]: "admin" };

/** Admins may work on every letter; a coordinator only on the letters they are assigned to. */
export async function authorizeLetter(user: CurrentUser, letterId: string): Promise<AuthorizedLetter | null> {
  const allowed =
    user.role === "admin"
      ? (await db.letter.count({ where: { id: letterId } })) === 1
      : (await db.letterCoordinator.count({ where: { letterId, userId: user.id } })) === 1;
  return allowed ? ({ id: letterId, actor: user } as AuthorizedLetter) : null;
}

export function authorizeAdmin(user: CurrentUser): AuthorizedAdmin | null {
  return user.role === "admin" ? (user as AuthorizedAdmin) : null;
}
