import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Keyed hashes that stand for an address without holding it. HMAC-SHA-256 with a key derived
 * from AUTH_SECRET: equal inputs give equal pseudonyms, so they can be counted and compared, but
 * without the secret nobody can tell which input a pseudonym belongs to. (With the secret and the
 * database an operator could test candidates, an IPv4 /24 has only 2^24 of them: a pseudonym, not
 * anonymity; hence they are also deleted after a while, lib/privacy/retention.ts.)
 */
export function keyedHash(purpose: string, value: string, hexChars = 32): string {
  const key = createHmac("sha256", env.AUTH_SECRET).update(`pseudonym:${purpose}`).digest();
  return createHmac("sha256", key).update(value).digest("hex").slice(0, hexChars);
}

/**
 * The network an address key (lib/abuse/client-address.ts) belongs to: an IPv4 /24, an IPv6 /48
 * (a site's usual allocation; the key already holds only its /64). Null when the address is not known.
 */
export function networkOf(addressKey: string): string | null {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(addressKey);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  const v6 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4}):[0-9a-f]{1,4}::\/64$/.exec(addressKey);
  if (v6) return `${v6[1]}:${v6[2]}:${v6[3]}::/48`;
  return null;
}

/**
 * What a signature stores about where it came from (`Signature.network`): 64 bits of the keyed
 * hash of its network, enough to tell a letter's networks apart, never the address itself.
 */
export function networkHash(addressKey: string): string | null {
  const network = networkOf(addressKey);
  return network ? keyedHash("network", network, 16) : null;
}
