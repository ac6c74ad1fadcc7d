import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

/** How long a private signing link works, in days: two weeks unless the coordinator says otherwise. */
export const SIGNING_LINK_DEFAULT_DAYS = 14;
export const SIGNING_LINK_MAX_DAYS = 90;

/** A new private signing link: who it is for (as the coordinator calls them) and for how many days. */
export const signingLinkSchema = z.object({
  label: z.string().trim().max(120, "TOO_LONG").default(""),
  days: z.coerce
    .number({ message: "INVALID_VALUE" })
    .int("INVALID_VALUE")
    .min(1, "INVALID_VALUE")
    .max(SIGNING_LINK_MAX_DAYS, "INVALID_VALUE")
    .default(SIGNING_LINK_DEFAULT_DAYS),
  /** The language of the page the link opens (the letter's own language when none is chosen). */
  locale: z.enum(locales, { message: "INVALID_VALUE" }).optional(),
});
export type SigningLinkInput = z.output<typeof signingLinkSchema>;

export const signingLinkTargetSchema = z.object({ linkId: z.string().min(1).max(40) });

/**
 * The hour a draft opens by itself, from a datetime-local field ("2026-12-01T09:00"), read as UTC
 * (the form says so next to the field); empty clears it.
 */
export const publishAtSchema = z.object({
  publishAt: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v) && !Number.isNaN(Date.parse(`${v}Z`)), "INVALID_VALUE")
    .transform((v) => (v === "" ? null : new Date(`${v}Z`))),
});

/** A UTC instant as a datetime-local field shows it ("2026-12-01T09:00"). */
export const toDateTimeLocal = (date: Date): string => date.toISOString().slice(0, 16);
