import "server-only";
import { limiter, tryConsume } from "@/lib/abuse/rate-limit";
import { normaliseEmail } from "@/lib/email-address";

// Enough for someone who mistyped or lost a mail; too few to flood a coordinator's inbox.
export const SIGN_IN_MAILS = { points: 5, seconds: 15 * 60 };

/**
 * Counts one sign-in mail to this address; false once the address had its share. Kept in the
 * database so every app instance shares the count. The page answers the same either way.
 */
export function takeSignInMail(email: string): Promise<boolean> {
  return tryConsume(limiter("sign-in-mail", SIGN_IN_MAILS), normaliseEmail(email));
}
