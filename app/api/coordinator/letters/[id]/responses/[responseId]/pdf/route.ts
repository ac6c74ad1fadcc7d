import { revalidatePath } from "next/cache";
import { letterAccess } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { readCapped } from "@/lib/http/body-guard";
import { isLocale, pathIn } from "@/lib/i18n/locales";
import { publicPagesChanged } from "@/lib/page-cache/watch";
import { attachResponsePdf } from "@/lib/responses/mutations";
import { RESPONSE_PDF_MAX_BYTES } from "@/lib/responses/schema";

type Params = { params: Promise<{ id: string; responseId: string }> };

// The file and the form's few other fields: the multipart frame around them is small.
const BODY_LIMIT = RESPONSE_PDF_MAX_BYTES + 64 * 1024;

/**
 * Attaches a PDF to a response: the workspace's upload form posts here (a plain multipart form,
 * so it works without JavaScript). A file is larger than a server action's body may be (64 kB,
 * lib/http/body-guard.ts), hence a route under /api with its own cap. Access is checked first,
 * as for an action: anonymous callers go to sign in, another letter's coordinator gets 404. The
 * answer is a 303 back to the responses page with ?notice= or the file's problem (?pdfError=).
 */
export async function POST(request: Request, { params }: Params) {
  const { id, responseId } = await params;
  // In the form's language; without one, the proxy sends the address on to the reader's language.
  const back = (locale: string, query: Record<string, string>) => {
    const path = `/coordinator/letters/${id}/responses`;
    const where = `${isLocale(locale) ? pathIn(locale, path) : path}?${new URLSearchParams(query)}#response-${responseId}`;
    return Response.redirect(new URL(where, env.APP_URL), 303);
  };
  const access = await letterAccess(id);
  if (!access.ok) {
    if (access.status === 401) return Response.redirect(new URL("/signin", env.APP_URL), 303);
    return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const body = await readCapped(request, BODY_LIMIT);
  // Too large to read: the form's language is in the part not read.
  if (!body) return back("", { response: responseId, pdfError: "TOO_LONG" });
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return new Response("Malformed request body.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const locale = String(form.get("locale") ?? "");
  const file = form.get("pdf");
  const upload = file instanceof File ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : { bytes: new Uint8Array(), name: "" };
  const result = await attachResponsePdf(access.letter, responseId, upload);
  if (!result.ok) {
    if (result.code === "NOT_FOUND") return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return back(locale, { response: responseId, pdfError: String(result.fieldErrors?.pdf ?? "INVALID_VALUE") });
  }
  revalidatePath("/", "layout");
  await publicPagesChanged();
  return back(locale, { notice: "pdfAttached" });
}
