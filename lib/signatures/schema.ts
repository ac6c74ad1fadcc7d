import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { ORG_TYPES } from "@/lib/signatures/org-types";

/**
 * The one schema for a signature, used by the form in the browser and by the server.
 * Messages are keys into messages/<locale>/signing.json ("errors.*"), so both sides show
 * the same words in the reader's language.
 */
export const LIMITS = { orgName: 200, contactName: 120, email: 254, website: 300, role: 120, comment: 1000 } as const;

// C0/C1 control characters other than tab and newlines, and lone surrogates (invalid UTF-16).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Single-line text: trimmed, inner whitespace folded, no control characters. */
const line = (max: number, key: string) =>
  z
    .string({ error: `errors.${key}.required` })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: `errors.${key}.required` })
        .max(max, { error: `errors.${key}.tooLong` })
        .refine((v) => !CONTROL.test(v), { error: "errors.invalidCharacters" }),
    );

const optionalLine = (max: number, key: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .max(max, { error: `errors.${key}.tooLong` })
        .refine((v) => !CONTROL.test(v), { error: "errors.invalidCharacters" }),
    )
    .transform((v) => v || undefined);

const website = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .pipe(z.string().max(LIMITS.website, { error: "errors.website.tooLong" }))
  .transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
  .refine((v) => !v || isWebsite(v), { error: "errors.website.invalid" })
  .transform((v) => v || undefined);

function isWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && /\.[a-z\p{L}]{2,}$/iu.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const signatureSchema = z.object({
  orgName: line(LIMITS.orgName, "orgName"),
  country: z
    .string({ error: "errors.country.required" })
    .refine((v) => v !== "", { error: "errors.country.required" })
    .refine(isCountryCode, { error: "errors.country.invalid" }),
  orgType: z.enum(ORG_TYPES, { error: "errors.orgType.required" }),
  website,
  contactName: line(LIMITS.contactName, "contactName"),
  email: z
    .string({ error: "errors.email.required" })
    .trim()
    .min(1, { error: "errors.email.required" })
    .max(LIMITS.email, { error: "errors.email.tooLong" })
    .pipe(z.email({ error: "errors.email.invalid" })),
  role: optionalLine(LIMITS.role, "role"),
  comment: z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(LIMITS.comment, { error: "errors.comment.tooLong" })
        .refine((v) => !CONTROL.test(v), { error: "errors.invalidCharacters" }),
    )
    .transform((v) => v || undefined),
  consent: z.literal(true, { error: "errors.consent.required" }),
});

export type SignatureData = z.output<typeof signatureSchema>;
export type SignatureField = keyof SignatureData;
export type FieldErrors = Partial<Record<SignatureField, string>>;

/** Reads the form's fields (a checkbox is "on" when ticked) into the schema's input shape. */
export function signatureInputFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  return {
    orgName: text("orgName"),
    country: text("country"),
    orgType: text("orgType"),
    website: text("website"),
    contactName: text("contactName"),
    email: text("email"),
    role: text("role"),
    comment: text("comment"),
    consent: form.get("consent") === "on" || form.get("consent") === "true",
  };
}

/** First error per field, as message keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as SignatureField | undefined;
    if (field && !errors[field]) errors[field] = issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
  }
  return errors;
}
