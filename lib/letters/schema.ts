import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { LETTER_EVENTS } from "@/lib/letters/status";
import { SIGNER_KINDS } from "@/lib/signatures/kinds";

/** Lower-case letters, digits and single hyphens between them: the letter's public address. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "2026-12-31T18:00" from a datetime-local field, read as UTC (the app's time zone). */
const deadlineField = z
  .string()
  .trim()
  .refine((v) => v === "" || !Number.isNaN(Date.parse(`${v}Z`)), "INVALID_DEADLINE")
  .transform((v) => (v === "" ? null : new Date(`${v}${/Z$/.test(v) ? "" : "Z"}`)));

/**
 * The letter form, used by the form in the browser (early feedback) and by the server action.
 * Messages are codes from the registry (lib/errors.ts); the form shows their text from "errors".
 */
const languageField = z.enum(locales, { message: "INVALID_VALUE" });
const titleField = z.string().trim().min(1, "REQUIRED").max(200, "TOO_LONG");
const addresseeField = z.string().trim().min(1, "REQUIRED").max(300, "TOO_LONG");
const bodyField = z.string().trim().min(1, "REQUIRED").max(50_000, "TOO_LONG");

export const letterFormSchema = z.object({
  /** The language of the authoritative text; translations sit beside it and yield to it. */
  language: languageField,
  title: titleField,
  slug: z.string().trim().toLowerCase().min(3, "TOO_SHORT").max(80, "TOO_LONG").regex(SLUG_PATTERN, "INVALID_SLUG"),
  addressee: addresseeField,
  body: bodyField,
  deadline: deadlineField,
  coordinators: z
    .string()
    .max(3000, "TOO_LONG")
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join("\n")),
  /**
   * Who may sign (lib/signatures/kinds.ts). Left out (a caller that does not know it), the letter
   * keeps what it has; a new letter takes organisations.
   */
  signerKinds: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.enum(SIGNER_KINDS, { message: "INVALID_VALUE" }).optional()),
});

export type LetterInput = z.output<typeof letterFormSchema>;
export type LetterField = keyof LetterInput;

/** Reads the form's fields from FormData; missing fields become empty strings. */
export function letterFormValues(form: FormData): Record<LetterField, string> {
  const get = (k: string) => String(form.get(k) ?? "");
  return {
    language: get("language"),
    title: get("title"),
    slug: get("slug"),
    addressee: get("addressee"),
    body: get("body"),
    deadline: get("deadline"),
    coordinators: get("coordinators"),
    signerKinds: get("signerKinds"),
  };
}

/** A translation of a letter's text into one language other than the authoritative one. */
export const translationFormSchema = z.object({
  locale: languageField,
  title: titleField,
  addressee: addresseeField,
  body: bodyField,
});
export type TranslationInput = z.output<typeof translationFormSchema>;
export type TranslationField = keyof TranslationInput;

export function translationFormValues(form: FormData): Record<TranslationField, string> {
  const get = (k: string) => String(form.get(k) ?? "");
  return { locale: get("locale"), title: get("title"), addressee: get("addressee"), body: get("body") };
}

/** Mark a translation as up to date, or delete it: which one. */
export const translationTargetSchema = z.object({ locale: languageField });

/** A suggested slug from a title: "Stop the Scan!" -> "stop-the-scan". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** publish / close / reopen / deliver. */
export const letterStatusSchema = z.object({ event: z.enum(LETTER_EVENTS) });
