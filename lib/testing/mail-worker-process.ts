/**
 * A separate process that acts as one app instance for the outbox tests: optionally signs a
 * letter (`sign <slug> <email>`), then runs the mail worker until it is killed. It reads
 * DATABASE_URL, SMTP_URL and MAIL_POLL_MS from the environment the test gives it.
 */
export {};

const [command, slug, email] = process.argv.slice(2);

if (command === "sign") {
  const { signLetter } = await import("@/lib/signatures/mutations");
  const { signatureSchema } = await import("@/lib/signatures/schema");
  const result = await signLetter(slug, signatureSchema.parse({
    orgName: "Outbox Org", country: "NL", orgType: "technical", contactName: "Pat", email, consent: true,
  }));
  if (!result.ok) throw new Error(`signing failed: ${JSON.stringify(result)}`);
}

const { startMailWorker } = await import("@/lib/mail/worker");
startMailWorker(Number(process.env.MAIL_POLL_MS ?? 100));
// The worker's timer is unref'd (it must not keep a web server alive); this process exists for it.
setInterval(() => {}, 60_000);
process.send?.("ready");
