/**
 * Loaded with `--import` before every test file (node:test runs each file in its own process).
 * It gives the process a fresh, migrated database and a temp DATA_DIR *before* lib/env is
 * imported, so tests never touch a developer's data and can run in any order.
 *   TEST_DB=postgresql  a new database us_test_<random> on TEST_POSTGRES_URL, dropped at the end
 *   otherwise           a new SQLite file in a temp dir, removed at exit
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, type TestContext } from "node:test";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/testing/postgres";

// The runner's own process (it carries --test) only spawns the test files: nothing to prepare.
const isRunner = process.execArgv.includes("--test");

if (!isRunner) {
  const dir = mkdtempSync(path.join(tmpdir(), "undersigned-test-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

  let url = `file:${path.join(dir, "test.db")}`;
  if (process.env.TEST_DB === "postgresql") {
    const database = await createTestDatabase("us_test");
    url = database.url;
    // Root `after` hooks run in the order they were added, so this one (added first) only adds
    // the real clean-up to the end of the list: it runs after the file's own `after` hooks.
    // The app's client is closed first, or its idle pool would keep the process alive ~10 s.
    after((t) =>
      (t as TestContext).after(async () => {
        await globalThis.undersignedDb?.$disconnect();
        await database.drop();
      }),
    );
  }
  await migrate(url);

  Object.assign(process.env, {
    NODE_ENV: "test",
    DATABASE_URL: url,
    DATA_DIR: dir,
    LOG_MAIL_LINKS: "false",
    APP_URL: "http://localhost:3999",
    AUTH_SECRET: "test-secret-for-node-tests-only-0123456789",
  });
  // A developer's SMTP settings must never receive test mail; tests that want SMTP set their own.
  delete process.env.SMTP_URL;
}
