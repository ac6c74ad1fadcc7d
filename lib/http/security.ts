/**
 * The HTTP hardening proxy.ts applies to every response. Pure functions, so they are tested
 * without a server (security.test.ts) and the proxy stays a few lines.
 */

/** 128 random bits, base64: unguessable per response, and a valid CSP nonce-source. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Which inline scripts may run. A page rendered for one request names them by that response's
 * nonce ('strict-dynamic' lets those scripts load Next's chunks and the proof-of-work widget's
 * code). A page served from the page cache (lib/page-cache/) is the same bytes for everyone, so
 * it cannot carry a per-request nonce: its policy lists the SHA-256 of each inline script it
 * holds, and 'self' admits the app's own script files.
 */
export type ScriptPolicy = { nonce: string } | { hashes: string[] };

/**
 * Styles allow 'unsafe-inline': React renders `style` attributes and the widget injects a <style>
 * into its shadow root, neither of which can carry a nonce; inline style cannot run code, so the
 * cost is small. worker-src blob: is the widget's Web Worker, which it builds from a Blob.
 */
export function contentSecurityPolicy(scripts: ScriptPolicy, dev = false): string {
  const allowed = "nonce" in scripts ? `'nonce-${scripts.nonce}' 'strict-dynamic'` : scripts.hashes.map((hash) => `'${hash}'`).join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' ${allowed}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: { scripts: ScriptPolicy; https: boolean; dev?: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options.scripts, options.dev),
    // Not no-referrer: Chromium then sends `Origin: null` on form posts and Next refuses server actions.
    // Pages whose URL holds a token set a stricter policy themselves.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Over plain HTTP the header means nothing to browsers, and on a test host it would stick.
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * The letter's badge and card (lib/letters/embed-card.ts) are made for other sites: any site may
 * frame the card or show the badge, and neither may run a script, load anything, or submit a form.
 * Only those two addresses get these headers (proxy.ts); every other page keeps frame-ancestors 'none'.
 */
export function embedHeaders(options: { https: boolean; styleHash: string }): Record<string, string> {
  const { "X-Frame-Options": _frames, "Cross-Origin-Opener-Policy": _opener, ...rest } = securityHeaders({ scripts: { hashes: [] }, https: options.https });
  return {
    ...rest,
    "Content-Security-Policy": ["default-src 'none'", `style-src ${options.styleHash}`, "base-uri 'none'", "form-action 'none'", "frame-ancestors *"].join("; "),
    // An <img> on a page that isolates itself (COEP) may still load the badge.
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A request that changes something and was sent by another site's page. Browsers say so in
 * Sec-Fetch-Site and Origin; a request with neither is not from a browser page (curl, a
 * server), which cannot ride on a visitor's cookies, so it is not a cross-site forgery.
 */
export function isCrossSiteWrite(method: string, headers: Headers, host: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  if (origin === "null" || !host) return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}

/**
 * The addresses another site may post to: the one-click unsubscribe of update mails and of the
 * coordinators' daily digest (RFC 8058; lib/mail/unsubscribe-link.ts).
 * A mail client posts to it from wherever it runs (a webmail page sends its own Origin), without
 * cookies; the address itself holds the credential (a keyed hash of the signature), so a forged
 * cross-site post could only unsubscribe someone whose link it already has.
 */
const ONE_CLICK_UNSUBSCRIBE = /^\/api\/(?:digest\/)?unsubscribe\/[A-Za-z0-9_-]{1,40}\/[A-Za-z0-9_-]{1,80}$/;
export const acceptsCrossSiteWrite = (method: string, pathname: string): boolean =>
  method.toUpperCase() === "POST" && ONE_CLICK_UNSUBSCRIBE.test(pathname);

/** Headers a client could use to lie about its address or our host; only a trusted proxy may set them. */
export const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];
