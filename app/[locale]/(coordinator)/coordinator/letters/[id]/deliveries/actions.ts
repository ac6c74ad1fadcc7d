"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { letterAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { recordDelivery } from "@/lib/deliveries/mutations";
import { deliveryConfirmSchema, deliveryFormValues } from "@/lib/deliveries/schema";

const MAX_QUERY = 6000;

/**
 * Records a delivery as the confirmation step showed it. A plain form post: on success the letter's
 * overview says so; otherwise the review step comes back, with fresh figures and the reason.
 */
export async function recordDeliveryAction(form: FormData): Promise<void> {
  const values = deliveryFormValues((name) => form.get(name));
  const letterId = String(form.get("letterId") ?? "");
  const input = { ...values, letterId, expectedVersion: form.get("expectedVersion"), expectedCount: form.get("expectedCount") };
  const result = await letterAction(deliveryConfirmSchema, input, (data, { letter }) => recordDelivery(letter, data));
  if (result.ok) {
    revalidatePath("/", "layout");
    return redirectTo(workspaceUrl(result, `/coordinator/letters/${letterId}`, { notice: "deliver" }));
  }
  if (result.code === "UNAUTHENTICATED") return redirectTo(workspaceUrl(result, "", {}));
  // Back to the review with the answers, unless they are too long to travel in an address (then they were refused anyway).
  const back = new URLSearchParams({ ...values, review: "1", error: result.code }).toString();
  return redirectTo(`/coordinator/letters/${letterId}/deliveries/new?${back.length <= MAX_QUERY ? back : new URLSearchParams({ error: result.code })}`);
}
