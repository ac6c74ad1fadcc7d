/**
 * The benchmark's own build: a copy of the app (its tracked files as they are in the work tree)
 * with the bare reference routes of bench/reference/ added, built with `next build` into its own
 * dist dir. The references never enter the app; the app's code in the copy is the app's.
 *
 * The copy lives in .cache/bench-app/ (ignored by git) inside the work tree, with a symlink to the
 * work tree's node_modules and a copy of lib/generated. It has no package-lock.json on purpose:
 * Next then takes the work tree (the nearest lockfile inside the same git worktree) as its root,
 * and the node_modules symlink points inside that root, which Turbopack requires.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

export const BENCH_DIST = ".next-bench";

/** Where each reference source goes in the copy (outside a locale for routes: the proxy leaves /api alone). */
export const REFERENCES: Record<string, string> = {
  "letter-route.ts": "app/api/bench-reference/letter/route.ts",
  "insert-route.ts": "app/api/bench-reference/insert/route.ts",
  "empty-page.tsx": "app/[locale]/bench-reference/empty/page.tsx",
};

/** The app's tracked files, node_modules (a symlink), lib/generated and the references, in `copy` (emptied first). */
export function copyApp(repo: string, copy: string) {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (file === "package-lock.json" || !existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(copy, file));
  }
  symlinkSync(path.join(repo, "node_modules"), path.join(copy, "node_modules"), "dir");
  cpSync(path.join(repo, "lib/generated"), path.join(copy, "lib/generated"), { recursive: true });
  for (const [source, target] of Object.entries(REFERENCES)) {
    mkdirSync(path.dirname(path.join(copy, target)), { recursive: true });
    cpSync(path.join(repo, "bench/reference", source), path.join(copy, target));
  }
}

/** Makes the copy and builds it, unless `reuse` and a build is already there; returns the copy's folder. */
export async function buildBenchApp(repo: string, { reuse = false } = {}): Promise<string> {
  const copy = path.join(repo, ".cache", "bench-app");
  if (reuse && existsSync(path.join(copy, BENCH_DIST, "BUILD_ID"))) return copy;
  copyApp(repo, copy);
  const log = path.join(copy, "build.log");
  const started = Date.now();
  process.stderr.write(`building the benchmark's copy of the app in ${copy} (log: ${log}) ...\n`);
  const code = await new Promise<number | null>((resolve) => {
    const out = openSync(log, "w");
    const build = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: copy,
      // The whole project is type-checked by `npm test`; the references by `tsc` in bench/.
      env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST, NEXT_TELEMETRY_DISABLED: "1", SKIP_BUILD_TYPECHECK: "1" },
      stdio: ["ignore", out, out],
    });
    build.on("exit", resolve);
  });
  if (code !== 0) {
    process.stderr.write(readFileSync(log, "utf8").split("\n").slice(-40).join("\n"));
    throw new Error(`next build of the benchmark's copy failed (exit ${code}); see ${log}`);
  }
  process.stderr.write(`built in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return copy;
}
