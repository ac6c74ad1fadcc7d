/**
 * A separate process that acts as one app instance for the scheduled-publication test: on "go"
 * it runs publication passes (lib/letters/schedule.ts) until none is due, and sends back the ids it
 * opened. It reads DATABASE_URL from the environment the test gives it.
 */
export {};

const { openDueLetters } = await import("@/lib/letters/schedule");
const { db } = await import("@/lib/db");
process.on("message", async () => {
  const opened: string[] = [];
  for (let pass = 0; pass < 5; pass++) opened.push(...(await openDueLetters()));
  process.send?.({ opened }, () => void db.$disconnect().then(() => process.exit(0)));
});
process.send?.("ready");
