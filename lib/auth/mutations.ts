import "server-only";
import { normaliseEmail } from "@/lib/auth/queries";
import { db } from "@/lib/db";

/** Creates the account as an administrator, or makes an existing account one. */
export async function createOrPromoteAdmin(email: string): Promise<void> {
  const address = normaliseEmail(email);
  await db.user.upsert({
    where: { email: address },
    create: { email: address, role: "admin" },
    update: { role: "admin" },
  });
}
