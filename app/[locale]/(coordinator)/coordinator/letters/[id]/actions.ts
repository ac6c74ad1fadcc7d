"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { changeLetterStatus } from "@/lib/letters/mutations";
import { letterStatusSchema } from "@/lib/letters/schema";

/** Publish / close / reopen / deliver. Works as a plain form post; the result comes back in the URL. */
export async function changeStatusAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), event: form.get("event") };
  const result = await letterAction(letterStatusSchema, input, ({ event }, { letter }) => changeLetterStatus(letter, event));
  if (result.ok) revalidatePath("/", "layout");
  const letterId = String(input.letterId);
  return redirectTo(workspaceUrl(result, `/coordinator/letters/${letterId}`, { notice: String(input.event) }));
}
