/**
 * A separate process that acts as one app instance for the digest test: on a message carrying a
 * time ({ now }), it runs digest passes (lib/coordinators/digest.ts) at that time and sends back
 * the ids of the coordinators it mailed. It reads DATABASE_URL from the environment the test gives it.
 */
export {};

const { sendDueDigests } = await import("@/lib/coordinators/digest");
const { db } = await import("@/lib/db");
process.on("message", async (message: { now: string }) => {
  const sent: string[] = [];
  for (let pass = 0; pass < 3; pass++) sent.push(...(await sendDueDigests(new Date(message.now))));
  process.send?.({ sent }, () => void db.$disconnect().then(() => process.exit(0)));
});
process.send?.("ready");
