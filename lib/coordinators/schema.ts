import { z } from "zod";
import { normaliseEmail } from "@/lib/email-address";

export const inviteSchema = z.object({
  email: z.string().overwrite(normaliseEmail).max(254, "too_long").pipe(z.email("invalid_email")),
  letterIds: z.array(z.string().min(1).max(40)).max(200).default([]),
});
export type InviteInput = z.output<typeof inviteSchema>;

export const assignmentSchema = z.object({
  userId: z.string().min(1).max(40),
  letterId: z.string().min(1).max(40),
});
