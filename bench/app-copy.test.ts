import assert from "node:assert/strict";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { copyApp, REFERENCES } from "./app-copy";

const repo = path.resolve(import.meta.dirname, "..");

test("the benchmark's copy holds the app, the references, node_modules linked and no lockfile", () => {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), "bench-copy-")), "app");
  try {
    copyApp(repo, copy);
    assert.equal(readFileSync(path.join(copy, "proxy.ts"), "utf8"), readFileSync(path.join(repo, "proxy.ts"), "utf8"));
    assert.ok(existsSync(path.join(copy, "app/[locale]/(public)/letters/[slug]/page.tsx")));
    for (const [source, target] of Object.entries(REFERENCES)) {
      assert.equal(readFileSync(path.join(copy, target), "utf8"), readFileSync(path.join(repo, "bench/reference", source), "utf8"));
      assert.ok(!existsSync(path.join(repo, target)), `${target} is never in the app`);
    }
    assert.ok(lstatSync(path.join(copy, "node_modules")).isSymbolicLink());
    assert.equal(readlinkSync(path.join(copy, "node_modules")), path.join(repo, "node_modules"));
    assert.ok(existsSync(path.join(copy, "lib/generated/sqlite")));
    assert.ok(!existsSync(path.join(copy, "package-lock.json")), "Next must take the work tree as its root");
  } finally {
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
});
