// Brings the database up to date; with --demo, also seeds the demo letter into an empty database.
// `npm run dev` and `npm run demo` run this first, so a fresh clone needs nothing by hand.
import { env } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";

const applied = await migrate(env.DATABASE_URL);
console.info(applied.length ? `[db] applied: ${applied.join(", ")}` : "[db] up to date");

if (process.argv.includes("--demo")) {
  const { seedDemoLetter, DEMO_LETTER } = await import("@/lib/letters/demo");
  const { db } = await import("@/lib/db");
  if (await seedDemoLetter()) console.info(`[demo] seeded ${env.APP_URL}/letters/${DEMO_LETTER.slug}`);
  await db.$disconnect();
}
