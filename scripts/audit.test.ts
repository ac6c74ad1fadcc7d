import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-audit-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const ADVISORY = {
  source: 1100000, name: "some-lib", title: "Prototype pollution", severity: "high", range: "<1.2.3",
  url: "https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
};
const REPORT = { vulnerabilities: { "some-lib": { name: "some-lib", via: [ADVISORY] }, "uses-it": { name: "uses-it", via: ["some-lib"] } } };

/** Runs scripts/audit.mjs on a saved report and allow-list. */
function audit(report: object, advisories: object) {
  const reportFile = path.join(dir, "report.json");
  const listFile = path.join(dir, "allow.json");
  writeFileSync(reportFile, JSON.stringify(report));
  writeFileSync(listFile, JSON.stringify({ advisories }));
  const run = spawnSync(process.execPath, ["scripts/audit.mjs"], {
    encoding: "utf8", env: { ...process.env, AUDIT_REPORT: reportFile, AUDIT_ALLOWLIST: listFile, AUDIT_REQUIRED: "" },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

test("an advisory that is not on the allow-list fails the audit", () => {
  const { code, out } = audit(REPORT, {});
  assert.equal(code, 1);
  assert.match(out, /not on the allow-list: GHSA-aaaa-bbbb-cccc some-lib/);
});

test("an allowed advisory passes and is printed with its reason; an expired review fails", () => {
  const allowed = audit(REPORT, { "GHSA-aaaa-bbbb-cccc": { package: "some-lib", reason: "only reached at build time", review: "2999-01-01" } });
  assert.equal(allowed.code, 0, allowed.out);
  assert.match(allowed.out, /allowed until 2999-01-01: GHSA-aaaa-bbbb-cccc[\s\S]*because: only reached at build time/);
  const expired = audit(REPORT, { "GHSA-aaaa-bbbb-cccc": { package: "some-lib", reason: "old", review: "2000-01-01" } });
  assert.equal(expired.code, 1);
  assert.match(expired.out, /review date 2000-01-01 has passed/);
});

test("a clean report passes and names allow-list entries that can go; an unreachable service warns and passes", () => {
  const clean = audit({ vulnerabilities: {} }, { "GHSA-old": { package: "x", reason: "y", review: "2999-01-01" } });
  assert.equal(clean.code, 0);
  assert.match(clean.out, /GHSA-old is on the allow-list but no longer reported/);
  const down = audit({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" }, {});
  assert.equal(down.code, 0);
  assert.match(down.out, /WARNING: .*NOT checked: 405/);
});
