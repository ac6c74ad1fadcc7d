"use server";

import { revalidatePath } from "next/cache";
import { redirectTo } from "@/lib/i18n/localized";
import { letterAction } from "@/lib/actions/safe-action";
import { failedForm } from "@/lib/actions/form-state";
import { workspaceUrl } from "@/lib/actions/urls";
import { publishAtSchema, signingLinkSchema, signingLinkTargetSchema } from "@/lib/letters/founding-schema";
import { setPublishAt } from "@/lib/letters/schedule";
import { createSigningLink, revokeSigningLink, signingLinkUrl } from "@/lib/letters/signing-links";
import type { SigningLinkFormState } from "@/components/coordinator/signing-link-form";

// "Before publication" on a draft's overview: private signing links and the publication hour.

const overview = (letterId: unknown) => `/coordinator/letters/${String(letterId ?? "")}`;

/** Makes a private link; the answer carries its address, shown once and never stored. */
export async function createSigningLinkAction(prev: SigningLinkFormState, form: FormData): Promise<SigningLinkFormState> {
  const values = { label: String(form.get("label") ?? ""), days: String(form.get("days") ?? ""), locale: String(form.get("locale") ?? "") };
  const input = { ...values, locale: values.locale || undefined, letterId: form.get("letterId") };
  const result = await letterAction(signingLinkSchema, input, async (link, { letter }) => {
    const created = await createSigningLink(letter, link);
    return created.ok ? { ok: true, url: signingLinkUrl(created.slug, created.token, link.locale ?? created.language) } : created;
  });
  if (!result.ok) return failedForm(prev, values, result);
  revalidatePath("/", "layout");
  return { submission: prev.submission + 1, url: result.url };
}

/** Stops a private link. A plain form post; the result comes back in the URL. */
export async function revokeSigningLinkAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), linkId: form.get("linkId") };
  const result = await letterAction(signingLinkTargetSchema, input, ({ linkId }, { letter }) => revokeSigningLink(letter, linkId));
  if (result.ok) revalidatePath("/", "layout");
  return redirectTo(workspaceUrl(result, overview(input.letterId), { notice: "linkRevoked" }));
}

/** Sets or clears the hour the draft opens by itself. */
export async function setPublishAtAction(form: FormData): Promise<void> {
  const input = { letterId: form.get("letterId"), publishAt: form.get("publishAt") ?? "" };
  const result = await letterAction(publishAtSchema, input, ({ publishAt }, { letter }) =>
    setPublishAt(letter, publishAt).then((r) => (r.ok ? { ok: true as const, scheduled: publishAt !== null } : r)));
  if (result.ok) revalidatePath("/", "layout");
  const notice = result.ok && result.scheduled ? "publishAtSaved" : "publishAtCleared";
  return redirectTo(workspaceUrl(result, overview(input.letterId), { notice }));
}
