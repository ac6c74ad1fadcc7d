/**
 * End-to-end tests: real Chromium against the production build in .next-e2e (built beforehand by
 * scripts/test.mjs or `NEXT_DIST_DIR=.next-e2e next build`), real SMTP into e2e/support/mail-catcher.ts.
 * The app gets a fresh database per run: SQLite in a temp dir, or with E2E_DB=postgresql a new
 * database on TEST_POSTGRES_URL (run inside scripts/with-postgres.sh).
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { createTestDatabase } from "./lib/testing/postgres";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? appPort + 25);
const mailApiPort = Number(process.env.E2E_MAIL_PORT ?? appPort + 26);
// localhost everywhere: Auth.js redirects to the host it believes it is on.
const baseURL = `http://localhost:${appPort}`;

// This file is also loaded by every worker; values are fixed once here, in the runner, and
// reach the workers (and e2e/support/seed.ts) through the environment they inherit.
process.env.E2E_MAIL_API ??= `http://127.0.0.1:${mailApiPort}`;
process.env.E2E_RUNNER_PID ??= String(process.pid);
process.env.E2E_AUTH_SECRET ??= "e2e-secret-not-for-production-0123456789abcdef";
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "undersigned-e2e-"));
if (!process.env.E2E_DATABASE_URL) {
  process.env.E2E_DATABASE_URL =
    process.env.E2E_DB === "postgresql"
      ? (await createTestDatabase("us_e2e")).url
      : `file:${path.join(process.env.E2E_DATA_DIR, "app.db")}`;
}
// Workers load the app's lib/db (e2e/support/seed.ts), which is server-only: like every Node process
// of the project they resolve it through scripts/server-only.mjs. Workers and web servers inherit it.
const serverOnlyHook = `--import ${new URL("./scripts/server-only.mjs", import.meta.url).href}`;
if (!process.env.NODE_OPTIONS?.includes(serverOnlyHook)) {
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, serverOnlyHook].filter(Boolean).join(" ");
}

// Both servers run under a guard that stops them if the runner is killed (see while-runner.mjs).
const keepAlive = "node e2e/support/while-runner.mjs";

const chromiumPath =
  process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// What a browser sees the same whatever the database runs once, on SQLite: the six languages'
// pages and their axe checks, host checks, inputs refused before any write, the authorisation
// matrix (who may open what), what other sites embed, the files in public/, and the journeys whose
// reads and writes have integration tests of their own on both databases (lib/**/*.test.ts under
// `npm run test:pg`: tiers, responses, updates, the digest, the import, signers at risk,
// individuals, the breadth and statistics). The signing, moderation, page-cache, export, founding
// and delivery journeys run on both. A new spec runs on both unless it is named here.
const onSqliteOnly =
  process.env.E2E_DB === "postgresql"
    ? ["languages.spec.ts", "hosts.spec.ts", "fuzz-actions.spec.ts", "home.spec.ts", "authorization.spec.ts",
       "sharing.spec.ts", "public-files.spec.ts", "tiers.spec.ts", "response.spec.ts", "updates.spec.ts",
       "digest.spec.ts", "import.spec.ts", "at-risk.spec.ts", "individuals.spec.ts", "statistics.spec.ts"]
    : [];
const ALONE = ["authorization.spec.ts", "fuzz-actions.spec.ts", "hosts.spec.ts"];

export default defineConfig({
  testDir: "e2e",
  // 2 cores: the app, the browser and the test runner already share them. `npm run test:e2e` runs
  // the "shared" project with two workers (scripts/test.mjs): a test that waits on a page, a mail
  // or the database leaves the cores to the other.
  workers: 1,
  fullyParallel: false,
  projects: [
    // Specs that check the whole database ("nothing was written anywhere") need it to themselves:
    // scripts/test.mjs runs them first, one at a time, then the rest.
    { name: "alone", testMatch: ALONE, testIgnore: onSqliteOnly },
    { name: "shared", testIgnore: [...ALONE, ...onSqliteOnly] },
  ],
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  reporter: process.env.CI ? [["line"]] : [["list"]],
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Unset: Playwright's own Chromium (machines where `npx playwright install` works).
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `${keepAlive} node_modules/.bin/tsx e2e/support/mail-catcher.ts`,
      url: `${process.env.E2E_MAIL_API}/health`,
      env: {
        MAIL_CATCHER_SMTP_PORT: String(smtpPort),
        MAIL_CATCHER_HTTP_PORT: String(mailApiPort),
        E2E_RUNNER_PID: process.env.E2E_RUNNER_PID,
      },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `${keepAlive} node_modules/.bin/next start -p ${appPort}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
      stderr: "pipe",
      env: {
        NODE_ENV: "production",
        E2E_RUNNER_PID: process.env.E2E_RUNNER_PID,
        // Another build folder can be tested without rebuilding the shared one.
        NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        DATA_DIR: process.env.E2E_DATA_DIR,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        APP_URL: baseURL,
        AUTH_URL: baseURL,
        AUTH_TRUST_HOST: "true",
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        ADMIN_EMAILS: "admin@example.org",
        MAIL_POLL_MS: "500",
        // Every test signs from the same address and domain (example.org); the limits have their
        // own tests in lib/abuse, here they would only make later tests fail.
        SIGN_LIMIT_ADDRESS: "1000/600",
        SIGN_LIMIT_ADDRESS_NOPROOF: "1000/600",
        LOG_MAIL_LINKS: "false",
      },
    },
  ],
});
