"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { anyoneAction } from "@/lib/actions/safe-action";
import { confirmSignature } from "@/lib/signatures/mutations";
import { tokenSchema } from "@/lib/signatures/schema";

/** Only this POST confirms: a GET of the link (a mail scanner, a preview) changes nothing. */
export async function confirmAction(token: string): Promise<void> {
  const result = await anyoneAction(tokenSchema, { token }, (link) => confirmSignature(link.token));
  // A draft (signed through a private link) has no public page yet: its own "confirmed" page names no letter.
  const draft = result.ok && result.signature.letter.status === "draft";
  if (result.ok) return redirectTo(`/letters/${encodeURIComponent(result.signature.letter.slug)}/${draft ? "founding/" : ""}confirmed`);
  // The page explains what went wrong (used, expired, closed) from the token's current state.
  return redirectTo(`/confirm/${encodeURIComponent(token)}`);
}
