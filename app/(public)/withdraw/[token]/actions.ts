"use server";

import { redirect } from "next/navigation";
import { withdrawSignature } from "@/lib/signatures/mutations";

export async function withdrawAction(token: string): Promise<void> {
  const result = await withdrawSignature(token);
  if (result.ok) redirect(`/letters/${encodeURIComponent(result.signature.letter.slug)}/withdrawn`);
  redirect(`/withdraw/${encodeURIComponent(token)}`);
}
