/**
 * Signs a letter the way a browser without JavaScript does: load the letter page, take the
 * form's hidden server-action fields ($ACTION_*), post them with the answers as multipart.
 * Used by the HTTP tests (e2e/) and the load benchmark (bench/), against a running build; their
 * `baseUrl` is the site in one language (`http://host/en`), where the page and its action live.
 */

import { decodeEntities as decode } from "./links";

/** The hidden inputs of the sign form that name and bind its server action. */
export async function loadSignForm(baseUrl: string, slug: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}/letters/${slug}`)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    fields.push([decode(match[1]), decode(match[2] ?? "")]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION_"))) throw new Error(`No server action fields on ${baseUrl}/letters/${slug}`);
  return fields;
}

export const validAnswers = (email: string): Record<string, string> => ({
  orgName: "Open Networks Collective",
  country: "KE",
  orgType: "civil_society",
  website: "https://example.org",
  contactName: "Wanjiru Kamau",
  email,
  consent: "on",
});

export type SignResponse = { status: number; location: string | null; body: string };

/**
 * Multipart built by hand, so a field can carry any bytes (invalid UTF-8 included) and stays a
 * plain field (FormData would turn bytes into a file upload).
 */
export function multipart(fields: [string, string | Uint8Array][]): { body: Buffer; contentType: string } {
  const boundary = `----undersigned${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`));
    parts.push(typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts the form as a browser without JavaScript does; answers may hold any string or raw bytes. */
export async function postSignForm(
  baseUrl: string,
  slug: string,
  actionFields: [string, string][],
  answers: Record<string, string | Uint8Array>,
  headers: Record<string, string> = {},
): Promise<SignResponse> {
  const { body, contentType } = multipart([...actionFields, ...Object.entries(answers)]);
  const res = await fetch(`${baseUrl}/letters/${slug}`, {
    method: "POST",
    // fetch takes bytes over their own ArrayBuffer; a Buffer's may be a shared pool.
    body: new Uint8Array(body),
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": contentType, ...headers },
  });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}
