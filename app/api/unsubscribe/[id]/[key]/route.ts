import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { unsubscribe } from "@/lib/updates/mutations";
import { unsubscribeSchema } from "@/lib/updates/schema";

type Params = { params: Promise<{ id: string; key: string }> };

const text = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The List-Unsubscribe address of update mails (RFC 8058). A mail client's one-click POST (body
 * `List-Unsubscribe=One-Click`, no cookies, from the provider's servers or the reader's webmail)
 * unsubscribes at once and gets 200; the link's key is the only credential, which is why proxy.ts
 * lets exactly this route through its cross-site write guard (docs/HARDENING.md).
 */
export async function POST(_request: Request, { params }: Params) {
  const link = unsubscribeSchema.safeParse(await params.then((p) => ({ signatureId: p.id, key: p.key })));
  if (!link.success) return text("Not found.", 404);
  const result = await unsubscribe(link.data.signatureId, link.data.key, "one-click");
  return result.ok ? text("Unsubscribed.", 200) : text("Not found.", 404);
}

/** Someone opened the address itself: the page with the button, in their language (a GET never unsubscribes). */
export async function GET(_request: Request, { params }: Params) {
  const { id, key } = await params;
  const link = unsubscribeSchema.safeParse({ signatureId: id, key });
  if (!link.success) return text("Not found.", 404);
  return new NextResponse(null, { status: 303, headers: { Location: `${env.APP_URL}/unsubscribe/${id}/${key}`, "Cache-Control": "no-store" } });
}
