import { z } from "zod";
import { normaliseEmail } from "@/lib/email-address";
import { locales } from "@/lib/i18n/locales";

export const inviteSchema = z.object({
  email: z.string().overwrite(normaliseEmail).max(254, "TOO_LONG").pipe(z.email("INVALID_EMAIL")),
  letterIds: z.array(z.string().min(1).max(40)).max(200).default([]),
});
export type InviteInput = z.output<typeof inviteSchema>;

export const assignmentSchema = z.object({
  userId: z.string().min(1).max(40),
  letterId: z.string().min(1).max(40),
});
export type AssignmentInput = z.output<typeof assignmentSchema>;

/** Take someone's access away ("1") or give it back. */
export const accessSchema = z.object({
  userId: z.string().min(1).max(40),
  disabled: z.enum(["0", "1"]).transform((v) => v === "1"),
});
export type AccessInput = z.output<typeof accessSchema>;

/** A coordinator's own settings (the workspace's settings page): the daily digest on or off, the language of their mails. */
export const settingsSchema = z.object({
  digestEnabled: z.enum(["on", "off"]).transform((v) => v === "on"),
  locale: z.enum(locales),
});
export type SettingsInput = z.output<typeof settingsSchema>;

/** The digest's one-click unsubscribe link, as its address carries it; what it is worth is checked by lib/mail/unsubscribe-link.ts. */
export const digestUnsubscribeSchema = z.object({
  userId: z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/),
  key: z.string().min(1).max(80).regex(/^[A-Za-z0-9_-]+$/),
});
