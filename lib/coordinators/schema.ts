import { z } from "zod";

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "TOO_LONG").pipe(z.email("INVALID_EMAIL")),
  letterIds: z.array(z.string().min(1).max(40)).max(200).default([]),
});
export type InviteInput = z.output<typeof inviteSchema>;

export const assignmentSchema = z.object({
  userId: z.string().min(1).max(40),
  letterId: z.string().min(1).max(40),
});
