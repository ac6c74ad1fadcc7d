import type { Failure } from "@/lib/errors";

/**
 * Where a workspace form post lands, so that it works without JavaScript: back to the page with
 * `?notice=<what happened>` (and its numbers) or `?error=<CODE>`, both read by ActionNotice.
 * An anonymous caller goes to sign in. A page someone may not see answers 404 as usual.
 */
export function workspaceUrl(
  result: { ok: true } | Failure,
  path: string,
  success: Record<string, string | number>,
  keep: Record<string, string> = {},
): string {
  if (!result.ok && result.code === "UNAUTHENTICATED") return "/signin";
  const params = new URLSearchParams(keep);
  const added: Record<string, string | number> = result.ok ? success : { error: result.code };
  for (const [key, value] of Object.entries(added)) params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
