import { z } from "zod";
import { isCountryCode } from "@/lib/countries";
import { LIMITS } from "@/lib/signatures/limits";
import { ORG_TYPES } from "@/lib/signatures/org-types";
import { SIGNATURE_KINDS } from "@/lib/signatures/kinds";

export { LIMITS };

// C0/C1 control characters other than tab and newlines, and lone surrogates (invalid UTF-16).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Single-line text: trimmed, inner whitespace folded, no control characters. */
const line = (max: number) =>
  z
    .string({ error: "REQUIRED" })
    .transform((v) => v.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "REQUIRED" })
        .max(max, { error: "TOO_LONG" })
        .refine((v) => !CONTROL.test(v), { error: "INVALID_CHARACTERS" }),
    );

const optionalLine = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .max(max, { error: "TOO_LONG" })
        .refine((v) => !CONTROL.test(v), { error: "INVALID_CHARACTERS" }),
    )
    .transform((v) => v || undefined);

const website = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim())
  .pipe(z.string().max(LIMITS.website, { error: "TOO_LONG" }))
  .transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
  .refine((v) => !v || isWebsite(v), { error: "INVALID_WEBSITE" })
  .transform((v) => v || undefined);

function isWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && /\.[a-z\p{L}]{2,}$/iu.test(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * The one schema for a signature, used by the form in the browser and by the server.
 * Messages are codes from the registry (lib/errors.ts), so both sides show the same words in the
 * reader's language; the sign form words some of them for their field (signing.json "fieldErrors").
 * The browser loads it (and zod) only once a signer starts filling the form in.
 */
export const signatureFields = z.object({
  /**
   * Who signs: an organisation (the default) or an individual (lib/signatures/kinds.ts). An
   * individual's name is `orgName`; they give no type, website, contact or role, and may name an
   * affiliation "for identification only". Whether the letter takes this kind is the server's check.
   */
  kind: z.enum(SIGNATURE_KINDS, { error: "INVALID_VALUE" }).default("organisation"),
  orgName: line(LIMITS.orgName),
  country: z
    .string({ error: "REQUIRED" })
    .refine((v) => v !== "", { error: "REQUIRED" })
    .refine(isCountryCode, { error: "INVALID_COUNTRY" }),
  // Anything but one of the listed types reads as no choice made.
  orgType: z.enum(ORG_TYPES, { error: "REQUIRED" }).optional(),
  website,
  contactName: optionalLine(LIMITS.contactName),
  affiliation: optionalLine(LIMITS.orgName),
  email: z
    .string({ error: "REQUIRED" })
    .trim()
    .min(1, { error: "REQUIRED" })
    .max(LIMITS.email, { error: "TOO_LONG" })
    .pipe(z.email({ error: "INVALID_EMAIL" })),
  role: optionalLine(LIMITS.role),
  comment: z
    .string()
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(LIMITS.comment, { error: "TOO_LONG" })
        .refine((v) => !CONTROL.test(v), { error: "INVALID_CHARACTERS" }),
    )
    .transform((v) => v || undefined),
  consent: z.literal(true, { error: "REQUIRED" }),
  /** The contact asks for updates about this letter (lib/updates); unticked, or absent, is no. */
  wantsUpdates: z.boolean().optional().default(false),
  /** A signer at risk (lib/signatures/at-risk.ts): counted, not named in public; unticked, or absent, is no. */
  hideName: z.boolean().optional().default(false),
  /** With hideName, the country is not shown either; alone it means nothing (atRiskColumns drops it). */
  hideCountry: z.boolean().optional().default(false),
});

type KindAnswers = { kind?: string; orgType?: unknown; contactName?: unknown };

/**
 * What only an organisation must give (an individual's contact is themselves), added to a schema
 * of the sign form's fields; checked even when other answers are missing, so every problem is
 * reported at once. The import (lib/import/schema.ts) adds it to its own variant of the fields.
 */
export const withOrganisationRules = <S extends z.ZodType<KindAnswers>>(schema: S) =>
  schema
    .refine((v) => v?.kind === "individual" || Boolean(v?.orgType), { path: ["orgType"], message: "REQUIRED", when: () => true })
    .refine((v) => v?.kind === "individual" || Boolean(v?.contactName), { path: ["contactName"], message: "REQUIRED", when: () => true });

export const signatureSchema = withOrganisationRules(signatureFields);

export type SignatureData = z.output<typeof signatureSchema>;
export type SignatureField = keyof SignatureData;

/**
 * Reads the form's fields (a checkbox is "on" when ticked) into the schema's input shape. Only the
 * chosen kind's fields are read: an individual's answers carry no organisation type, website,
 * contact or role, and an organisation's no affiliation, whatever else was posted.
 */
export function signatureInputFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const kind = text("kind") || undefined;
  const person = kind === "individual";
  return {
    kind,
    // An individual's name has its own input, beside the organisation's on a letter that takes both.
    orgName: person ? text("name") : text("orgName"),
    country: text("country"),
    orgType: person ? undefined : text("orgType"),
    website: person ? undefined : text("website"),
    contactName: person ? undefined : text("contactName"),
    affiliation: person ? text("affiliation") : undefined,
    email: text("email"),
    role: person ? undefined : text("role"),
    comment: text("comment"),
    consent: form.get("consent") === "on" || form.get("consent") === "true",
    wantsUpdates: form.get("wantsUpdates") === "on" || form.get("wantsUpdates") === "true",
    hideName: form.get("hideName") === "on" || form.get("hideName") === "true",
    hideCountry: form.get("hideCountry") === "on" || form.get("hideCountry") === "true",
  };
}

/** A confirm or withdraw link's token as its page posts it back; what it is worth is checked against the database. */
export const tokenSchema = z.object({ token: z.string().min(1).max(200) });
