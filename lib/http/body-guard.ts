/**
 * Checks the body of a POST to a page (a server action) before Next decodes it. Next answers
 * some malformed bodies with a 500 (an oversized body, multipart it cannot parse, action
 * arguments that are not JSON); a client error must get a 4xx and never reach the action.
 */
export const ACTION_BODY_LIMIT = 64 * 1024;

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 413 | 415; reason: string };

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"];

/**
 * Reads a request's body, at most `limit` bytes; null when it is (or says it is) larger. It consumes
 * the body: a caller that passes the request on (the proxy) hands in a clone.
 */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function checkActionBody(request: Request, limit = ACTION_BODY_LIMIT): Promise<BodyVerdict> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return { ok: false, status: 415, reason: "Unsupported content type." };
  // A clone: Next reads the body again for the action.
  const body = await readCapped(request.clone(), limit);
  if (!body) return { ok: false, status: 413, reason: "Request body too large." };
  const isAction = request.headers.has("next-action");
  try {
    if (type === "multipart/form-data") {
      const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      // The no-JS form's bound arguments ($ACTION_1:0, ...) are JSON that Next decodes itself.
      for (const [name, value] of form) {
        if (/^\$ACTION_\d+:\d+$/.test(name)) JSON.parse(typeof value === "string" ? value : "");
      }
    } else if (type === "text/plain" && isAction) {
      // A JavaScript action call sends its arguments as JSON text.
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    }
  } catch {
    return { ok: false, status: 400, reason: "Malformed request body." };
  }
  return { ok: true };
}
