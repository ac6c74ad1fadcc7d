import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { checkActionBody } from "@/lib/http/body-guard";
import { FORWARDING_HEADERS, isCrossSiteWrite, newNonce, securityHeaders } from "@/lib/http/security";

/**
 * Runs before every request (Node runtime). It only sets headers and refuses cross-site writes;
 * who may do what is checked by each action and route handler itself.
 *  - Without TRUST_PROXY, forwarding headers sent by the client are dropped, so Next sets
 *    x-forwarded-for from the real socket (it does so only when the header is absent).
 *  - The CSP goes on the request too: Next reads the nonce from it for its own scripts.
 */
export async function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  if (!env.TRUST_PROXY) for (const name of FORWARDING_HEADERS) requestHeaders.delete(name);
  const host = env.TRUST_PROXY ? (request.headers.get("x-forwarded-host") ?? request.headers.get("host")) : request.headers.get("host");
  const https = env.TRUST_PROXY
    ? request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https"
    : request.nextUrl.protocol === "https:" && !request.headers.has("x-forwarded-proto");
  const nonce = newNonce();
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });

  if (isCrossSiteWrite(request.method, request.headers, host)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { ...headers, "Content-Type": "text/plain" } });
  }

  // Posts to pages are server actions (route handlers under /api check their own bodies).
  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const verdict = await checkActionBody(request);
    if (!verdict.ok) {
      return new NextResponse(verdict.reason, { status: verdict.status, headers: { ...headers, "Content-Type": "text/plain" } });
    }
  }

  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path: static files get the same headers (nosniff matters most for them).
  matcher: "/:path*",
};
