"use server";

import { redirect } from "next/navigation";
import { anyoneAction } from "@/lib/actions/safe-action";
import { withdrawSignature } from "@/lib/signatures/mutations";
import { tokenSchema } from "@/lib/signatures/schema";

export async function withdrawAction(token: string): Promise<void> {
  const result = await anyoneAction(tokenSchema, { token }, (link) => withdrawSignature(link.token));
  if (result.ok) redirect(`/letters/${encodeURIComponent(result.signature.letter.slug)}/withdrawn`);
  // The page explains what went wrong from the token's current state.
  redirect(`/withdraw/${encodeURIComponent(token)}`);
}
