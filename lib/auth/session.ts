import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { auth } from "@/auth";
import { authorizeAdmin, authorizeLetter, type AuthorizedAdmin, type AuthorizedLetter } from "@/lib/auth/access";
import { findActiveUserById, type CurrentUser } from "@/lib/auth/queries";
import { localizedPath, redirectTo } from "@/lib/i18n/localized";

/**
 * Who is asking, for pages, route handlers and the action wrapper. The role is read from the
 * database on every request, so removing someone's access takes effect at once, not when their
 * session ends. The user is found by the id of the session's row, never by an address.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findActiveUserById(id) : null;
});

export type LetterAccess = { ok: true; letter: AuthorizedLetter } | { ok: false; status: 401 | 404 };

/** For route handlers. 404 (not 403) for letters someone cannot see, so a letter's existence is not revealed. */
export async function letterAccess(letterId: string): Promise<LetterAccess> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401 };
  const letter = await authorizeLetter(user, letterId);
  return letter ? { ok: true, letter } : { ok: false, status: 404 };
}

/** The sign-in page, coming back afterwards to the page asked for, in the same language. */
const signInPath = async (next?: string) => (next ? `/signin?callbackUrl=${encodeURIComponent(await localizedPath(next))}` : "/signin");

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(next?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirectTo(await signInPath(next));
  return user;
}

/** For admin-only pages: coordinators get a 404, as for a page that does not exist. */
export async function requireAdmin(next?: string): Promise<AuthorizedAdmin> {
  const admin = authorizeAdmin(await requireUser(next));
  if (!admin) notFound();
  return admin;
}

/** For letter pages: sign-in redirect when anonymous, 404 when not theirs. */
export async function requireLetterAccess(letterId: string, next?: string): Promise<AuthorizedLetter> {
  const access = await letterAccess(letterId);
  if (!access.ok) {
    if (access.status === 401) return redirectTo(await signInPath(next));
    notFound();
  }
  return access.letter;
}
