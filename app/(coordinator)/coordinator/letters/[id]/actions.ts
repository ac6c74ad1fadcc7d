"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { letterAccess } from "@/lib/auth/access";
import { changeLetterStatus } from "@/lib/letters/mutations";
import { LETTER_EVENTS } from "@/lib/letters/status";

const statusSchema = z.object({ letterId: z.string().min(1).max(40), event: z.enum(LETTER_EVENTS) });

/** Publish / close / reopen / deliver. Works as a plain form post; the result comes back in the URL. */
export async function changeStatusAction(form: FormData): Promise<void> {
  const parsed = statusSchema.safeParse({ letterId: form.get("letterId"), event: form.get("event") });
  if (!parsed.success) redirect("/coordinator");
  const { letterId, event } = parsed.data;
  const access = await letterAccess(letterId);
  if (!access.ok) redirect(access.status === 401 ? "/signin" : "/coordinator");
  const result = await changeLetterStatus(access.user, letterId, event);
  if (result.ok) revalidatePath("/", "layout");
  redirect(`/coordinator/letters/${letterId}?notice=${result.ok ? `status-${event}` : `error-${result.code}`}`);
}
