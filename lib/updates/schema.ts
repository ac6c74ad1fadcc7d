import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/locales";

/**
 * An update to a letter's signatories, as its form posts it: a subject and a Markdown body in the
 * letter's language, and optionally the same in other languages (`subject_fr`, `body_fr`, …). A
 * translation is both fields or neither: half of one is an error on the missing field.
 * Messages are codes from the registry (lib/errors.ts).
 */
export const UPDATE_LIMITS = { subject: 200, body: 20_000 } as const;

const subject = z.string().trim().max(UPDATE_LIMITS.subject, "TOO_LONG").refine((v) => !/[\r\n]/.test(v), "INVALID_CHARACTERS");
const body = z.string().trim().max(UPDATE_LIMITS.body, "TOO_LONG");

export const translatedSubject = (locale: Locale) => `subject_${locale}` as const;
export const translatedBody = (locale: Locale) => `body_${locale}` as const;
type TranslatedKey = `subject_${Locale}` | `body_${Locale}`;

const translatedFields = Object.fromEntries(
  locales.flatMap((l) => [[translatedSubject(l), subject.optional().default("")], [translatedBody(l), body.optional().default("")]]),
) as Record<TranslatedKey, z.ZodDefault<z.ZodOptional<typeof subject>>>;

export const updateFormSchema = z
  .object({
    /** The draft being edited; none for a new one. */
    updateId: z.string().trim().max(40).optional().transform((v) => v || undefined),
    subject: subject.pipe(z.string().min(1, "REQUIRED")),
    body: body.pipe(z.string().min(1, "REQUIRED")),
    ...translatedFields,
  })
  .superRefine((input, ctx) => {
    for (const locale of locales) {
      const [s, b] = [input[translatedSubject(locale)], input[translatedBody(locale)]];
      if (s && !b) ctx.addIssue({ code: "custom", path: [translatedBody(locale)], message: "REQUIRED" });
      if (b && !s) ctx.addIssue({ code: "custom", path: [translatedSubject(locale)], message: "REQUIRED" });
    }
  });

export type UpdateFormInput = z.output<typeof updateFormSchema>;
export type UpdateField = keyof UpdateFormInput;

/** An update's text in one language. */
export type UpdateText = { subject: string; body: string };
/** LetterUpdate.translations: the update in other languages than the letter's. */
export type UpdateTranslations = Partial<Record<Locale, UpdateText>>;

/** The translations a form input carries: the languages with both fields filled. */
export function translationsOf(input: UpdateFormInput): UpdateTranslations {
  const out: UpdateTranslations = {};
  for (const locale of locales) {
    const [s, b] = [input[translatedSubject(locale)], input[translatedBody(locale)]];
    if (s && b) out[locale] = { subject: s, body: b };
  }
  return out;
}

/** The form's fields as strings, for the schema and to keep what was typed when it is refused. */
export function updateFormValues(form: FormData): Record<string, string> {
  const get = (k: string) => String(form.get(k) ?? "");
  const values: Record<string, string> = { updateId: get("updateId"), subject: get("subject"), body: get("body") };
  for (const locale of locales) {
    values[translatedSubject(locale)] = get(translatedSubject(locale));
    values[translatedBody(locale)] = get(translatedBody(locale));
  }
  return values;
}

/** Sending a draft: which one. */
export const sendUpdateSchema = z.object({ updateId: z.string().trim().min(1).max(40) });

/** An unsubscribe link's two parts, as its page posts them back; what they are worth is checked by lib/updates/unsubscribe.ts. */
export const unsubscribeSchema = z.object({
  signatureId: z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/),
  key: z.string().min(1).max(80).regex(/^[A-Za-z0-9_-]+$/),
});
