import { z } from "zod";
import { normaliseEmail } from "@/lib/email-address";

/** The sign-in form: one email address. Messages are codes from the registry (lib/errors.ts). */
export const signInSchema = z.object({
  email: z.string().overwrite(normaliseEmail).max(254, "TOO_LONG").pipe(z.email("INVALID_EMAIL")),
});
