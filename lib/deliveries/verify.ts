import { sha256Hex } from "@/lib/deliveries/canonical";
import { readCapped } from "@/lib/http/body-guard";

/**
 * A reader's upload on a delivery page, to check against the delivery's SHA-256: read up to
 * VERIFY_UPLOAD_LIMIT bytes, hashed, never stored. A delivered PDF of 100,000 signatories is a
 * few megabytes; anything far larger cannot be one.
 */
export const VERIFY_UPLOAD_LIMIT = 25 * 1024 * 1024;

export type UploadVerdict = { ok: true; sha256: string } | { ok: false; problem: "tooLarge" | "noFile" | "malformed" };

/** The SHA-256 of the file posted as `field` in a multipart form. */
export async function hashUpload(request: Request, field = "file", limit = VERIFY_UPLOAD_LIMIT): Promise<{ verdict: UploadVerdict }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) return { verdict: { ok: false, problem: "malformed" } };
  // The body is read within the cap before it is parsed, so an endless upload costs at most `limit`.
  const body = await readCapped(request, limit + 64 * 1024);
  if (!body) return { verdict: { ok: false, problem: "tooLarge" } };
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    return { verdict: { ok: false, problem: "malformed" } };
  }
  const file = form.get(field);
  if (!(file instanceof Blob) || file.size === 0) return { verdict: { ok: false, problem: "noFile" } };
  if (file.size > limit) return { verdict: { ok: false, problem: "tooLarge" } };
  return { verdict: { ok: true, sha256: sha256Hex(new Uint8Array(await file.arrayBuffer())) } };
}
