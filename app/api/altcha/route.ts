import { createProofChallenge } from "@/lib/abuse/proof-of-work";

// A fresh challenge for the sign form's proof-of-work widget. Reading it changes nothing, and it
// is useless to anyone but the browser that solves it, so anyone may ask; never cached.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await createProofChallenge(), { headers: { "Cache-Control": "no-store" } });
}
