"use server";

import { anyoneAction } from "@/lib/actions/safe-action";
import { redirectTo } from "@/lib/i18n/localized";
import { unsubscribe } from "@/lib/updates/mutations";
import { unsubscribeSchema } from "@/lib/updates/schema";

/** The unsubscribe page's button. The page then says what it says for the link's current state. */
export async function unsubscribeAction(signatureId: string, key: string): Promise<void> {
  const result = await anyoneAction(unsubscribeSchema, { signatureId, key }, (link) => unsubscribe(link.signatureId, link.key, "page"));
  const done = result.ok ? "?done=1" : "";
  return redirectTo(`/unsubscribe/${encodeURIComponent(signatureId)}/${encodeURIComponent(key)}${done}`);
}
