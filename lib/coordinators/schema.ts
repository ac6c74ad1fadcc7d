import { z } from "zod";
import { normaliseEmail } from "@/lib/email-address";

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
