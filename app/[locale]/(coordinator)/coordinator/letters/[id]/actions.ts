"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { changeLetterStatus } from "@/lib/letters/mutations";
import { letterStatusSchema } from "@/lib/letters/schema";
import { fail } from "@/lib/errors";

/** Publish / close / reopen. Works as a plain form post; the result comes back in the URL. */
export async function changeStatusAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), event: form.get("event") };
  // Delivering is recorded with its snapshot (deliveries/actions.ts), never as a bare status change.
  const result = await letterAction(letterStatusSchema, input, async ({ event }, { letter }) =>
    event === "deliver" ? fail("INVALID_TRANSITION") : changeLetterStatus(letter, event));
  if (result.ok) revalidatePath("/", "layout");
  const letterId = String(input.letterId);
  return redirectTo(workspaceUrl(result, `/coordinator/letters/${letterId}`, { notice: String(input.event) }));
}
