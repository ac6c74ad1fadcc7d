// Runs once when a server instance starts: bring the database up to date, then start sending
// queued mail. Nothing else is needed by hand before `npm start` on an empty database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { migrate } = await import("@/lib/db/migrate");
  const applied = await migrate(env.DATABASE_URL);
  if (applied.length) console.info(`[db] applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker(env.MAIL_POLL_MS);
  // Opens drafts at their publication hour; every instance polls, one conditional update wins.
  const { startPublicationSchedule } = await import("@/lib/letters/schedule");
  startPublicationSchedule();
  // Deletes unconfirmed signatures and old mail, as the privacy page promises.
  const { startRetentionSchedule } = await import("@/lib/privacy/retention");
  startRetentionSchedule();
  // The coordinators' daily digest; every instance polls, one conditional update per coordinator and day wins.
  const { startDigestSchedule } = await import("@/lib/coordinators/digest");
  startDigestSchedule();
}
