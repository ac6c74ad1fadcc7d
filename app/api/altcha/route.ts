import { clientAddressFrom } from "@/lib/abuse/client-address";
import { createProofChallenge } from "@/lib/abuse/proof-of-work";
import { consumeChallenge } from "@/lib/abuse/rate-limit";

// A fresh challenge for the sign form's proof-of-work widget. Reading it changes nothing, and it
// is useless to anyone but the browser that solves it, so anyone may ask, within a generous
// allowance per client address (SIGN_LIMIT_CHALLENGE); never cached.
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: Request) {
  // x-forwarded-for here is trustworthy: proxy.ts strips the client's own unless TRUST_PROXY is on.
  const address = clientAddressFrom(request.headers.get("x-forwarded-for"));
  const allowed = await consumeChallenge(address);
  if (!allowed.ok) {
    return Response.json({ error: "RATE_LIMITED" }, { status: 429, headers: { ...noStore, "Retry-After": String(allowed.retryAfterSeconds) } });
  }
  return Response.json(await createProofChallenge(), { headers: noStore });
}
