"use server";

import { signIn, signOut } from "@/auth";
import { signInSchema } from "@/lib/auth/schema";

import type { SignInState } from "@/components/coordinator/sign-in-form";

// Only paths inside the workspace: a sign-in link must never bounce someone to another site.
const safeCallback = (value: FormDataEntryValue | null) =>
  typeof value === "string" && /^\/coordinator(\/|$|\?)/.test(value) ? value : "/coordinator";

/**
 * Asks Auth.js for a magic link. Whether or not the address has access, Auth.js redirects to the
 * same "check your inbox" page; the mail itself is only sent to people with access (auth.ts).
 */
export async function requestSignIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email") });
  if (!parsed.success) return { error: "INVALID_EMAIL", email: String(form.get("email") ?? "") };
  await signIn("email", { email: parsed.data.email, redirectTo: safeCallback(form.get("callbackUrl")) });
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
