import { z } from "zod";
import { pdfOptionsSchema } from "@/lib/export/schema";

/** How a letter reached its addressee. */
export const DELIVERY_METHODS = ["email", "hand", "post", "portal"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** "2026-12-01" from a date field, read as that day in UTC (the app's time zone). */
const dayField = z
  .string({ error: "REQUIRED" })
  .trim()
  .min(1, "REQUIRED")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "INVALID_VALUE")
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "INVALID_VALUE")
  // Not after today (a day's grace for time zones ahead of UTC): a delivery is recorded once it happened.
  .refine((d) => d.getTime() <= Date.now() + 24 * 3600 * 1000, "INVALID_VALUE");

/** Left out or blank: null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "TOO_LONG")
    .optional()
    .transform((v) => v || null);

/**
 * A delivery as the form gives it: what happened (date, to whom, how, reference, a note for the
 * coordinators), the PDF's options as the export form has them, and whether the letter stays open
 * for endorsements. The review step and the recording action parse the same schema.
 */
export const deliveryFormSchema = pdfOptionsSchema.extend({
  deliveredOn: dayField,
  recipient: z.string({ error: "REQUIRED" }).trim().min(1, "REQUIRED").max(300, "TOO_LONG"),
  method: z.enum(DELIVERY_METHODS, { message: "REQUIRED" }),
  reference: optionalText(300),
  // The review step carries the answers in its address: short enough for any server's limit.
  note: optionalText(500),
  endorsementsOpen: z
    .enum(["1", "0", "true", "false", ""])
    .default("")
    .transform((v) => v === "1" || v === "true"),
});
export type DeliveryInput = z.output<typeof deliveryFormSchema>;
export type DeliveryField = keyof DeliveryInput;

/**
 * What the confirmation step showed: the delivery is recorded only if the letter still has this text
 * version and this many signatories to deliver, otherwise the coordinator reviews again.
 */
/** A whole number as the form posts it: digits only (coercion would read "" as 0). */
const count = z.string({ error: "REQUIRED" }).regex(/^\d{1,9}$/, "INVALID_VALUE").transform(Number);

export const deliveryConfirmSchema = deliveryFormSchema.extend({
  expectedVersion: count.refine((n) => n >= 1, "INVALID_VALUE"),
  expectedCount: count,
});
export type DeliveryConfirmInput = z.output<typeof deliveryConfirmSchema>;

export const DELIVERY_FIELDS = ["deliveredOn", "recipient", "method", "reference", "note", "language", "order", "includeType", "endorsementsOpen"] as const;

/** The form's fields from a query string or a form post; missing ones are left out (their defaults apply). */
export function deliveryFormValues(get: (name: string) => unknown, names: readonly string[] = DELIVERY_FIELDS): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
