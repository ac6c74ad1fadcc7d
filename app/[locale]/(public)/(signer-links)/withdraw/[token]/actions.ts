"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { anyoneAction } from "@/lib/actions/safe-action";
import { publicPagesChanged } from "@/lib/page-cache/watch";
import { withdrawSignature } from "@/lib/signatures/mutations";
import { tokenSchema } from "@/lib/signatures/schema";

export async function withdrawAction(token: string): Promise<void> {
  const result = await anyoneAction(tokenSchema, { token }, (link) => withdrawSignature(link.token));
  if (result.ok) {
    // An approved signature leaves the public list: this instance's cached pages follow at once.
    await publicPagesChanged();
    // A draft has no public page yet: its own "withdrawn" page names no letter.
    const draft = result.signature.letter.status === "draft" ? "founding/" : "";
    return redirectTo(`/letters/${encodeURIComponent(result.signature.letter.slug)}/${draft}withdrawn`);
  }
  // The page explains what went wrong from the token's current state.
  return redirectTo(`/withdraw/${encodeURIComponent(token)}`);
}
