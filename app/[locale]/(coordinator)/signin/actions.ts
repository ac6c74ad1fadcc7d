"use server";

import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { failedForm } from "@/lib/actions/form-state";
import { anyoneAction } from "@/lib/actions/safe-action";
import { signInSchema } from "@/lib/auth/schema";
import type { SignInState } from "@/components/coordinator/sign-in-form";

// Only paths inside the workspace: a sign-in link must never bounce someone to another site.
const safeCallback = (value: FormDataEntryValue | null) =>
  typeof value === "string" && /^\/coordinator(\/|$|\?)/.test(value) ? value : "/coordinator";

/**
 * Asks Auth.js for a magic link. Whether or not the address has access, Auth.js redirects to the
 * same "check your inbox" page; the mail itself is only sent to people with access (auth.ts).
 */
export async function requestSignIn(state: SignInState, form: FormData): Promise<SignInState> {
  const values = { email: String(form.get("email") ?? "") };
  const result = await anyoneAction(signInSchema, values, async ({ email }) => {
    await signIn("email", { email, redirectTo: safeCallback(form.get("callbackUrl")) });
    return { ok: true };
  });
  return result.ok ? { submission: state.submission + 1 } : failedForm(state, values, result);
}

export async function signOutAction(): Promise<void> {
  await anyoneAction(z.object({}), {}, async () => {
    await signOut({ redirectTo: "/signin" });
    return { ok: true };
  });
}
