import { z } from "zod";
import { LETTER_EVENTS } from "@/lib/letters/status";

/** Lower-case letters, digits and single hyphens between them: the letter's public address. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "2026-12-31T18:00" from a datetime-local field, read as UTC (the app's time zone). */
const deadlineField = z
  .string()
  .trim()
  .refine((v) => v === "" || !Number.isNaN(Date.parse(`${v}Z`)), "invalid_deadline")
  .transform((v) => (v === "" ? null : new Date(`${v}${/Z$/.test(v) ? "" : "Z"}`)));

/**
 * The letter form, used by the form in the browser (early feedback) and by the server action.
 * Messages are codes; the form maps them to text from messages/en/coordinator.json.
 */
export const letterFormSchema = z.object({
  title: z.string().trim().min(1, "required").max(200, "too_long"),
  slug: z.string().trim().toLowerCase().min(3, "too_short").max(80, "too_long").regex(SLUG_PATTERN, "invalid_slug"),
  addressee: z.string().trim().min(1, "required").max(300, "too_long"),
  body: z.string().trim().min(1, "required").max(50_000, "too_long"),
  deadline: deadlineField,
  coordinators: z
    .string()
    .max(3000, "too_long")
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join("\n")),
});

export type LetterInput = z.output<typeof letterFormSchema>;
export type LetterField = keyof LetterInput;

/** Reads the form's fields from FormData; missing fields become empty strings. */
export function letterFormValues(form: FormData): Record<LetterField, string> {
  const get = (k: string) => String(form.get(k) ?? "");
  return {
    title: get("title"),
    slug: get("slug"),
    addressee: get("addressee"),
    body: get("body"),
    deadline: get("deadline"),
    coordinators: get("coordinators"),
  };
}

/** First error code per field, for showing next to each field. */
export function fieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

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
