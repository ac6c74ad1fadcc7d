import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

// Enough for someone who mistyped or lost a mail; too few to flood a coordinator's inbox.
export const SIGN_IN_MAILS = { points: 5, seconds: 15 * 60 };

let limiter: RateLimiterPrisma | undefined;

/**
 * Counts one sign-in mail to this address; false once the address had its share. Kept in the
 * database so every app instance shares the count. The page answers the same either way.
 */
export async function takeSignInMail(email: string): Promise<boolean> {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix: "sign-in-mail",
    points: SIGN_IN_MAILS.points,
    duration: SIGN_IN_MAILS.seconds,
  });
  try {
    await limiter.consume(email.trim().toLowerCase());
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
