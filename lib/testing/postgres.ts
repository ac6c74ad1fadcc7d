import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A new, empty database on the server at TEST_POSTGRES_URL (started by scripts/with-postgres.sh),
 * for one test process, browser-test run or benchmark. `prefix` names who made it.
 */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error("PostgreSQL runs need TEST_POSTGRES_URL (run through scripts/with-postgres.sh)");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  // FORCE: a client that forgot to disconnect must not keep the database alive.
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
