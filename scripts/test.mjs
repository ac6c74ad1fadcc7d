#!/usr/bin/env node
// Runs every check in order and stops at the first stage that fails:
//   typecheck  tsc --noEmit
//   unit       node:test files (lib/**/*.test.ts, scripts/**/*.test.ts, bench/**/*.test.ts) on SQLite
//   pg         the files among them that reach the database, on a throwaway PostgreSQL (scripts/with-postgres.sh)
//   build      next build into .next-e2e
//   e2e        Playwright against that build, on SQLite
//   e2e-pg     Playwright on PostgreSQL
//   audit      npm audit --omit=dev against audit-allowlist.json (scripts/audit.mjs); last, so a new
//              advisory fails the run without hiding the test results
// `node scripts/test.mjs unit pg` runs only the named stages. The last line is always
// "N passed, M failed": tests counted from each runner's own summary; typecheck and build
// count as one check each.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const bin = (name) => path.join("node_modules", ".bin", name);
const withPostgres = (cmd) => (process.env.TEST_POSTGRES_URL ? cmd : ["bash", "scripts/with-postgres.sh", ...cmd]);

function testFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else if (entry.name.endsWith(".test.ts")) found.push(full);
    }
  };
  for (const root of ["lib", "scripts", "bench"]) walk(root);
  return found.sort();
}

/** The project file an import names, or null for a package or a Node module. */
function resolveImport(from, specifier) {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Whether a test file reaches the database client (lib/db/) through its imports. Only those run
 * again on PostgreSQL: a test of pure functions (the catalogues, normalising, CSV quoting …) gives
 * the same answer whatever the database, and each file on PostgreSQL costs a database of its own.
 */
function reachesDatabase(file, seen = new Set()) {
  if (file.split(path.sep).join("/").startsWith("lib/db/")) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["']([^"']+)["']/gm)) {
    const target = resolveImport(file, specifier);
    if (target && reachesDatabase(target, seen)) return true;
  }
  return false;
}

// Node 20's --test takes files, not globs, so the list is built here. Two files at a time:
// each is its own process with its own database, and the machine has 2 cores. The server-only
// hook goes to tsx itself, which hands its node flags on to every test file's process.
const nodeTests = (files) => [
  bin("tsx"), "--import", "./scripts/server-only.mjs", "--test", "--test-concurrency=2", "--test-reporter=spec",
  "--import", "./lib/testing/preload.ts", ...files,
];

/** Counts from node:test's summary (`ℹ pass 3` with spec, `# pass 3` with TAP). */
function nodeCounts(output) {
  const count = (word) => [...output.matchAll(new RegExp(`^[ℹ#] ${word} (\\d+)$`, "gm"))].reduce((n, m) => n + Number(m[1]), 0);
  return { passed: count("pass"), failed: count("fail") + count("cancelled") };
}

// Scratch space for this run (Playwright's JSON report, the build's DATA_DIR), removed at exit.
const scratch = mkdtempSync(path.join(tmpdir(), "undersigned-test-run-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
// Ctrl-C reaches the children too (same process group); they clean up after themselves.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
/** Counts from Playwright's JSON reports: flaky tests passed on a retry, which is still a failure to look at. */
function playwrightCounts(reports) {
  return () => {
    const totals = { passed: 0, failed: 0 };
    for (const report of reports) {
      try {
        const { stats } = JSON.parse(readFileSync(report, "utf8"));
        totals.passed += stats.expected;
        totals.failed += stats.unexpected + stats.flaky;
      } catch {
        totals.failed += 1;
      }
    }
    return totals;
  };
}
const oneCheck = (_, code) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/**
 * Playwright in two runs against one build: the specs that need the database to themselves
 * (project "alone", playwright.config.ts), then the rest with two workers.
 */
const playwright = (extraEnv, wrap = (cmd) => cmd) => {
  const parts = [["alone", 1], ["shared", 2]].map(([project, workers]) => ({
    cmd: wrap([bin("playwright"), "test", `--project=${project}`, `--workers=${workers}`, "--pass-with-no-tests", "--reporter=line,json"]),
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(scratch, `${extraEnv.E2E_DB}-${project}.json`), ...extraEnv },
  }));
  return { parts, counts: playwrightCounts(parts.map((part) => part.env.PLAYWRIGHT_JSON_OUTPUT_NAME)) };
};

const stages = {
  typecheck: { cmd: [bin("tsc"), "--noEmit"], counts: oneCheck },
  unit: { cmd: nodeTests(testFiles()), env: { TEST_DB: "sqlite" }, counts: nodeCounts },
  pg: { cmd: withPostgres(nodeTests(testFiles().filter((file) => reachesDatabase(file)))), env: { TEST_DB: "postgresql" }, counts: nodeCounts },
  build: {
    cmd: [bin("next"), "build"],
    // E2E_DIST_DIR: a build folder of your own when others share this working tree.
    env: { NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: path.join(scratch, "build-data") },
    counts: oneCheck,
  },
  e2e: playwright({ E2E_DB: "sqlite" }),
  "e2e-pg": playwright({ E2E_DB: "postgresql" }, withPostgres),
  audit: { cmd: ["node", "scripts/audit.mjs"], counts: oneCheck },
};

/** Runs a command with its output shown live and kept for counting. */
function runOne({ cmd, env }) {
  return new Promise((resolve) => {
    const [command, ...args] = cmd;
    const child = spawn(command, args, {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
    child.on("error", (error) => resolve({ code: 1, output: String(error) }));
  });
}

/** Runs a stage: its one command, or its parts in turn (all of them, so every failure is shown). */
async function run(stage) {
  let code = 0;
  let output = "";
  for (const part of stage.parts ?? [stage]) {
    const result = await runOne(part);
    code ||= result.code;
    output += result.output;
  }
  return { code, output };
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in stages));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(", ")}. Stages: ${Object.keys(stages).join(", ")}`);
  process.exit(2);
}

const totals = { passed: 0, failed: 0 };
const lines = [];
let failedStage;
for (const name of requested.length ? requested : Object.keys(stages)) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { code, output } = await run(stages[name]);
  const counts = stages[name].counts(output, code);
  // A runner that crashed before its summary must not look green.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  lines.push(`${code === 0 ? "ok  " : "FAIL"} ${name.padEnd(10)} ${counts.passed} passed, ${counts.failed} failed  (${seconds}s)`);
  if (code !== 0) {
    failedStage = name;
    break;
  }
}

console.log(`\n━━ summary ━━\n${lines.join("\n")}`);
if (failedStage) console.log(`Stopped: stage "${failedStage}" failed; later stages did not run. Rerun it alone with: node scripts/test.mjs ${failedStage}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStage || totals.failed ? 1 : 0);
