import type { Metadata } from "next";

// The pages behind the links in a signer's email. Each lookup is fresh (a link is used once).
export const dynamic = "force-dynamic";
// The token is in the address: never send it on to another site (same-origin, not no-referrer,
// which would make the browser send "Origin: null" and fail the server action's origin check),
// and never index it.
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false } };

export default function SignerLinksLayout({ children }: { children: React.ReactNode }) {
  return children;
}
