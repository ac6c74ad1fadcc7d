#!/usr/bin/env node
// Known vulnerabilities in the packages that ship (npm audit --omit=dev), against a reasoned
// allow-list (audit-allowlist.json). Fails on:
//   - an advisory that is not on the list;
//   - a listed advisory whose review date has passed (someone has to look again).
// Prints every advisory it allowed, with the reason, and listed ones that npm no longer reports.
//
// When the audit service cannot be asked (no network, the registry or a mirror refuses the
// request), it prints a warning and passes: the tests must not go red because a third party is down,
// and the warning is in the log. AUDIT_REQUIRED=1 makes that a failure instead (for a release).
// AUDIT_REPORT=<file> reads a saved `npm audit --json` report instead of asking (used by the tests).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const LIST = process.env.AUDIT_ALLOWLIST ?? "audit-allowlist.json";
const required = process.env.AUDIT_REQUIRED === "1";
const today = new Date().toISOString().slice(0, 10);

const { advisories: allowed = {} } = JSON.parse(readFileSync(LIST, "utf8"));

const run = process.env.AUDIT_REPORT
  ? { stdout: readFileSync(process.env.AUDIT_REPORT, "utf8"), stderr: "", status: 1 }
  : spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: (run.stderr || run.error?.message || "no output").trim().split("\n").at(-1) };
}

if (!report.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? `npm audit exited with ${run.status}`;
  console.warn(`WARNING: the npm audit service could not be asked, so dependencies were NOT checked: ${why}`);
  process.exit(required ? 1 : 0);
}

/** Advisory id (GHSA-…, from its URL) → what npm says about it, once per advisory. */
const found = new Map();
for (const vulnerability of Object.values(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via !== "object") continue; // a package that is only vulnerable through another one
    const id = /GHSA-[\w-]+/.exec(via.url ?? "")?.[0] ?? String(via.source);
    found.set(id, { package: via.name, severity: via.severity, title: via.title, range: via.range, url: via.url });
  }
}

const problems = [];
for (const [id, advisory] of found) {
  const entry = allowed[id];
  const what = `${id} ${advisory.package} ${advisory.range} (${advisory.severity}): ${advisory.title} ${advisory.url}`;
  if (!entry) problems.push(`not on the allow-list: ${what}`);
  else if (!(entry.review >= today)) problems.push(`review date ${entry.review} has passed: ${what}`);
  else console.log(`allowed until ${entry.review}: ${what}\n  because: ${entry.reason}`);
}
for (const id of Object.keys(allowed)) {
  if (!found.has(id)) console.log(`${id} is on the allow-list but no longer reported: remove it from ${LIST}`);
}

console.log(`${found.size} advisories in production dependencies, ${found.size - problems.length} allowed`);
if (problems.length) {
  console.error(problems.map((p) => `FAIL ${p}`).join("\n"));
  console.error(`Update the package, or add the advisory to ${LIST} with why it does not apply and a review date.`);
  process.exit(1);
}
