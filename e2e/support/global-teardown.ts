import { rmSync } from "node:fs";
import pg from "pg";

/** Removes what playwright.config.ts created for this run (PostgreSQL clusters from with-postgres go with it). */
export default async function globalTeardown() {
  const url = process.env.E2E_DATABASE_URL;
  const admin = process.env.TEST_POSTGRES_URL;
  if (url && admin && process.env.E2E_DB === "postgresql") {
    const name = new URL(url).pathname.slice(1);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await client.end();
  }
  if (process.env.E2E_DATA_DIR) rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
}
