import { z } from "zod";

/**
 * The addressee's answer to a letter, as a coordinator records it: one schema for the form in the
 * browser and the server action. The PDF travels apart (a file is larger than any action body may
 * be): its checks are `pdfProblem` and `pdfFileName`, run by the upload route and again by the write.
 */

/** A response's PDF may be at most this large. */
export const RESPONSE_PDF_MAX_BYTES = 5 * 1024 * 1024;

/** "2026-11-30" from a date field, read as midnight UTC. */
const dateField = z
  .string()
  .trim()
  .min(1, "REQUIRED")
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "INVALID_VALUE")
  .transform((v) => new Date(`${v}T00:00:00Z`));

/** Only web addresses a reader's browser opens as a page: never javascript:, data: or a file. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const optionalText = (max: number) =>
  z.string().trim().max(max, "TOO_LONG").transform((v) => (v === "" ? null : v));

export const responseFormSchema = z.object({
  /** Empty for a new response; the id of the one being edited otherwise. */
  responseId: z.string().trim().max(40, "INVALID_VALUE"),
  receivedAt: dateField,
  /** From whom, e.g. "Secretary-General, ITU". */
  author: z.string().trim().min(1, "REQUIRED").max(300, "TOO_LONG"),
  /** The answer's text, Markdown. */
  body: z.string().trim().min(1, "REQUIRED").max(50_000, "TOO_LONG"),
  link: z
    .string()
    .trim()
    .max(2000, "TOO_LONG")
    .refine((v) => v === "" || isWebAddress(v), "INVALID_WEBSITE")
    .transform((v) => (v === "" ? null : v)),
  /** The coalition's comment on the answer, Markdown. */
  comment: optionalText(20_000),
});

export type ResponseInput = z.output<typeof responseFormSchema>;
export type ResponseField = keyof ResponseInput;

export function responseFormValues(form: FormData): Record<ResponseField, string> {
  const get = (k: string) => String(form.get(k) ?? "");
  return { responseId: get("responseId"), receivedAt: get("receivedAt"), author: get("author"), body: get("body"), link: get("link"), comment: get("comment") };
}

/** Remove a response, or its PDF: which one. */
export const responseTargetSchema = z.object({ responseId: z.string().trim().min(1, "REQUIRED").max(40, "INVALID_VALUE") });

/** What is wrong with an uploaded file as a response's PDF, as a code; null when nothing is. */
export function pdfProblem(bytes: Uint8Array): "REQUIRED" | "TOO_LONG" | "INVALID_VALUE" | null {
  if (bytes.byteLength === 0) return "REQUIRED";
  if (bytes.byteLength > RESPONSE_PDF_MAX_BYTES) return "TOO_LONG";
  // A PDF starts with "%PDF-" (ISO 32000-1, 7.5.2): the name and the type a browser claims prove nothing.
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return magic.every((byte, i) => bytes[i] === byte) ? null : "INVALID_VALUE";
}

/**
 * The uploaded file's name, made safe for a Content-Disposition header: its last segment, ASCII
 * letters, digits and . _ - only (anything else becomes a hyphen), ending in .pdf.
 */
export function pdfFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const stem = last
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\.pdf$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 100);
  return `${stem || "response"}.pdf`;
}

/** The date part of a stored receivedAt, as the date field shows it. */
export const dateFieldValue = (date: Date): string => date.toISOString().slice(0, 10);
