"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { anyoneAction } from "@/lib/actions/safe-action";
import { withdrawSignature } from "@/lib/signatures/mutations";
import { tokenSchema } from "@/lib/signatures/schema";

export async function withdrawAction(token: string): Promise<void> {
  const result = await anyoneAction(tokenSchema, { token }, (link) => withdrawSignature(link.token));
  if (result.ok) return redirectTo(`/letters/${encodeURIComponent(result.signature.letter.slug)}/withdrawn`);
  // The page explains what went wrong from the token's current state.
  return redirectTo(`/withdraw/${encodeURIComponent(token)}`);
}
