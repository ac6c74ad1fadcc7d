"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { anyoneAction } from "@/lib/actions/safe-action";
import { confirmSignature } from "@/lib/signatures/mutations";
import { tokenSchema } from "@/lib/signatures/schema";

/** Only this POST confirms: a GET of the link (a mail scanner, a preview) changes nothing. */
export async function confirmAction(token: string): Promise<void> {
  const result = await anyoneAction(tokenSchema, { token }, (link) => confirmSignature(link.token));
  if (result.ok) return redirectTo(`/letters/${encodeURIComponent(result.signature.letter.slug)}/confirmed`);
  // The page explains what went wrong (used, expired, closed) from the token's current state.
  return redirectTo(`/confirm/${encodeURIComponent(token)}`);
}
