/**
 * The app's database (the one playwright.config.ts gave the app), for writing test data straight
 * into it with lib/testing/seed.ts, so each test starts from the state it needs without clicking
 * through the admin.
 */
import type { Db } from "../../lib/db";

let client: Promise<Db> | undefined;

/** The app's lib/db, pointed at the e2e database. lib/env reads the environment at first import. */
export function appDb(): Promise<Db> {
  client ??= (async () => {
    process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    process.env.DATA_DIR = process.env.E2E_DATA_DIR;
    process.env.AUTH_SECRET ??= process.env.E2E_AUTH_SECRET;
    return (await import("../../lib/db")).db;
  })();
  return client;
}
