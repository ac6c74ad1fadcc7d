/**
 * Signs a letter the way a browser without JavaScript does: load the letter page, take the
 * form's hidden server-action fields ($ACTION_*), post them with the answers as multipart.
 * Used by the HTTP tests (e2e/) and the load benchmark (bench/), against a running build.
 */

const decode = (v: string) =>
  v.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden inputs of the sign form that name and bind its server action. */
export async function loadSignForm(baseUrl: string, slug: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}/letters/${slug}`)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    fields.push([decode(match[1]), decode(match[2] ?? "")]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION_"))) throw new Error(`No server action fields on /letters/${slug}`);
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

/** Posts the form as multipart (what a browser sends); answers may hold any string, or raw bytes. */
export async function postSignForm(
  baseUrl: string,
  slug: string,
  actionFields: [string, string][],
  answers: Record<string, string | Uint8Array>,
  headers: Record<string, string> = {},
): Promise<SignResponse> {
  const form = new FormData();
  for (const [name, value] of actionFields) form.append(name, value);
  for (const [name, value] of Object.entries(answers)) {
    form.append(name, typeof value === "string" ? value : new Blob([value as BlobPart]));
  }
  const res = await fetch(`${baseUrl}/letters/${slug}`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { Origin: baseUrl, ...headers },
  });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}
