import "server-only";
/**
 * Response shapes shared by the export routes, so every download carries the same headers.
 */
export type Audience = "public" | "coordinator";

const CACHE: Record<Audience, string> = {
  // Public lists change as signatures are approved: a minute of caching is enough to absorb a rush.
  public: "public, max-age=60, stale-while-revalidate=60",
  // Private data must never sit in a shared cache or the browser's.
  coordinator: "private, no-store",
};

export function download(body: BodyInit, type: string, filename: string, audience: Audience): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": CACHE[audience],
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** An error as plain text: no letter data, whatever the cause. */
export function plainError(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Slugs are ASCII by construction; anything else is replaced so the header stays valid. */
export const fileStem = (slug: string): string => slug.replace(/[^A-Za-z0-9._-]+/g, "-");

export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
