"use server";

import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { failedForm } from "@/lib/actions/form-state";
import { anyoneAction } from "@/lib/actions/safe-action";
import { signInSchema } from "@/lib/auth/schema";
import { locales } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized";
import type { SignInState } from "@/components/coordinator/sign-in-form";

// Only paths inside the workspace: a sign-in link must never bounce someone to another site.
// The path comes back in the sign-in page's language, which the sign-in mail is written in (auth.ts).
const WORKSPACE_PATH = new RegExp(`^(?:/(?:${locales.join("|")}))?(/coordinator(?:/|$|\\?).*)$`);
const safeCallback = (value: FormDataEntryValue | null) =>
  localizedPath((typeof value === "string" && WORKSPACE_PATH.exec(value)?.[1]) || "/coordinator");

/**
 * Asks Auth.js for a magic link. Whether or not the address has access, Auth.js redirects to the
 * same "check your inbox" page; the mail itself is only sent to people with access (auth.ts).
 */
export async function requestSignIn(state: SignInState, form: FormData): Promise<SignInState> {
  const values = { email: String(form.get("email") ?? "") };
  const result = await anyoneAction(signInSchema, values, async ({ email }) => {
    await signIn("email", { email, redirectTo: await safeCallback(form.get("callbackUrl")) });
    return { ok: true };
  });
  return result.ok ? { submission: state.submission + 1 } : failedForm(state, values, result);
}

export async function signOutAction(): Promise<void> {
  await anyoneAction(z.object({}), {}, async () => {
    await signOut({ redirectTo: await localizedPath("/signin") });
    return { ok: true };
  });
}
