import "server-only";
import { isIP } from "node:net";

/**
 * The address a signer's request came from, as a rate-limit key.
 *
 * Next.js gives route handlers and server actions no socket address. What it does: before
 * rendering, it sets `x-forwarded-for` to the socket's address *only if the header is absent*.
 * So proxy.ts deletes any incoming `x-forwarded-for` unless TRUST_PROXY is on; after that the
 * header holds either the real socket address (no proxy) or what our own proxy appended.
 * Behind a trusted proxy the rightmost entry is the one that proxy wrote; entries to its left
 * come from the client and can be anything, so they are ignored.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined): string {
  const last = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ? addressKey(last) : "unknown";
}

/**
 * IPv4 as is; IPv4-mapped IPv6 unwrapped; other IPv6 cut to its /64, because one subscriber
 * usually holds a whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function addressKey(raw: string): string {
  let address = raw.replace(/^\[|\](:\d+)?$/g, "").replace(/%.*$/, "").toLowerCase();
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return "invalid";
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(Math.max(0, missing)).fill("0"), ...right].map((p) => p.replace(/^0+(?=.)/, ""));
}
