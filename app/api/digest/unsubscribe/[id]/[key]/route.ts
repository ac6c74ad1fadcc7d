import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { digestUnsubscribeSchema } from "@/lib/coordinators/schema";
import { unsubscribeDigest } from "@/lib/coordinators/settings";

type Params = { params: Promise<{ id: string; key: string }> };

const text = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The List-Unsubscribe address of the coordinators' daily digest (RFC 8058): a mail client's
 * one-click POST switches the digest off at once. The link's key is the only credential, which is
 * why proxy.ts lets this route through its cross-site write guard, as it does the update mails' one.
 */
export async function POST(_request: Request, { params }: Params) {
  const link = digestUnsubscribeSchema.safeParse(await params.then((p) => ({ userId: p.id, key: p.key })));
  if (!link.success) return text("Not found.", 404);
  const result = await unsubscribeDigest(link.data.userId, link.data.key);
  return result.ok ? text("Daily digest switched off.", 200) : text("Not found.", 404);
}

/** Someone opened the address itself: a GET changes nothing; the settings page has the switch. */
export async function GET() {
  return new NextResponse(null, { status: 303, headers: { Location: `${env.APP_URL}/coordinator/settings`, "Cache-Control": "no-store" } });
}
