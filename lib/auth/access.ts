import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import { canAccessLetter, findActiveUser, type CurrentUser } from "@/lib/auth/users";

export type { CurrentUser } from "@/lib/auth/users";

export type LetterAccess = { ok: true; user: CurrentUser } | { ok: false; status: 401 | 404 };

/**
 * The signed-in coordinator or administrator, or null. The role is read from the database on
 * every request, so removing someone's access takes effect at once, not when their session ends.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const email = session?.user?.email;
  return email ? findActiveUser(email) : null;
});

/** 404 (not 403) for letters someone cannot see, so a letter's existence is not revealed. */
export async function letterAccess(letterId: string): Promise<LetterAccess> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401 };
  return (await canAccessLetter(user, letterId)) ? { ok: true, user } : { ok: false, status: 404 };
}

const signInPath = (next?: string) => (next ? `/signin?callbackUrl=${encodeURIComponent(next)}` : "/signin");

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(next?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(next));
  return user;
}

/** For admin-only pages: coordinators get a 404, as for a page that does not exist. */
export async function requireAdmin(next?: string): Promise<CurrentUser> {
  const user = await requireUser(next);
  if (user.role !== "admin") notFound();
  return user;
}

/** For letter pages: sign-in redirect when anonymous, 404 when not theirs. */
export async function requireLetterAccess(letterId: string, next?: string): Promise<CurrentUser> {
  const access = await letterAccess(letterId);
  if (!access.ok) {
    if (access.status === 401) redirect(signInPath(next));
    notFound();
  }
  return access.user;
}
