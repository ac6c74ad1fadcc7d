/**
 * Which host names this server answers to. Every absolute URL the app emits is built from APP_URL,
 * never from the request; refusing other Host headers on top of that means a forged Host cannot
 * reach any code that might still read it (Auth.js, Next, a future route). Pure functions, tested
 * in hosts.test.ts.
 */

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

/** A host as it is compared: lower case, without the default port of the scheme. */
function canonicalHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase().replace(/\.$/, "");
  const defaultPort = protocol === "https:" ? ":443" : ":80";
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower;
}

/**
 * APP_URL's host, the extra names of ALLOWED_HOSTS, and, when APP_URL is itself a loopback
 * address (a developer's machine), the other loopback names on the same port: they name this
 * machine, not another site, and the links still say APP_URL.
 */
export function allowedHosts(appUrl: string, extra: readonly string[] = []): Set<string> {
  const url = new URL(appUrl);
  const hosts = new Set([canonicalHost(url.host, url.protocol), ...extra.map((h) => canonicalHost(h, url.protocol))]);
  if (LOOPBACK.includes(url.hostname)) {
    for (const name of LOOPBACK) hosts.add(url.port ? `${name}:${url.port}` : name);
  }
  return hosts;
}

/**
 * The host a request claims: X-Forwarded-Host when a trusted proxy sets it, else Host.
 * A list ("a, b") is returned whole so that every entry is checked.
 */
export function claimedHosts(headers: Headers, trustProxy: boolean): string[] {
  const value = (trustProxy ? headers.get("x-forwarded-host") : null) ?? headers.get("host") ?? "";
  return value.split(",").map((h) => h.trim());
}

/** True when every host the request names is one this server answers to (none named: false). */
export function isAllowedHost(headers: Headers, trustProxy: boolean, allowed: Set<string>, protocol: string): boolean {
  const hosts = claimedHosts(headers, trustProxy);
  return hosts.every((h) => h !== "" && allowed.has(canonicalHost(h, protocol)));
}

/** The same URL on APP_URL's origin: whatever host a library built it from, the link goes home. */
export function onAppOrigin(url: string, appUrl: string): string {
  const link = new URL(url);
  return new URL(`${link.pathname}${link.search}${link.hash}`, new URL(appUrl).origin).toString();
}

export const usesHttps = (appUrl: string): boolean => new URL(appUrl).protocol === "https:";
