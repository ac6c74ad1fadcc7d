// The rules of docs/ARCHITECTURE.md, checked against the code: a new file that breaks one fails here
// with its name, instead of waiting for a reviewer to notice.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const files = (root: string, ending: RegExp): string[] =>
  (readdirSync(root, { recursive: true }) as string[])
    .map((f) => path.join(root, f).split(path.sep).join("/"))
    .filter((f) => ending.test(f) && !f.includes("/generated/"));
const source = (file: string) => readFileSync(file, "utf8");
const code = (root: string) => files(root, /\.tsx?$/).filter((f) => !f.endsWith(".test.ts"));

test("every server action goes through the action wrapper", () => {
  const unwrapped: string[] = [];
  for (const file of files("app", /actions\.ts$/)) {
    const text = source(file);
    const bodies = text.split(/^export async function /m).slice(1);
    assert.ok(bodies.length > 0, `${file} exports no action`);
    for (const body of bodies) {
      if (!/\b(anyoneAction|userAction|adminAction|letterAction)\(/.test(body)) unwrapped.push(`${file}: ${body.split("(")[0]}`);
    }
  }
  assert.deepEqual(unwrapped, []);
});

test("only lib/ imports the database client", () => {
  const outside = [...code("app"), ...code("components")].filter((f) => /from "(@\/lib\/db|[./]+lib\/db)(\/index)?"/.test(source(f)));
  assert.deepEqual(outside, []);
});

test("statuses are written only by the state-machine modules", () => {
  // A literal status anywhere in lib/ outside lib/*/status.ts (tests and seeders aside).
  const literal = code("lib")
    .filter((f) => !f.endsWith("/status.ts") && !f.startsWith("lib/testing/"))
    .flatMap((f) => source(f).split("\n").map((line, i) => ({ f, i, line })))
    .filter(({ line }) => /\bstatus:\s*"[a-z_]+"/.test(line))
    .map(({ f, i }) => `${f}:${i + 1}`);
  assert.deepEqual(literal, []);
});

test("reads, writes, access and the environment never reach a browser bundle", () => {
  const roles = /\/(queries|mutations|access|session)\.ts$|^lib\/(env|db\/index)\.ts$/;
  const missing = code("lib").filter((f) => roles.test(f) && !f.startsWith("lib/testing/") && !/^import "server-only";/m.test(source(f)));
  assert.deepEqual(missing, []);
});

test("docs/ARCHITECTURE.md names every folder of lib/", () => {
  const doc = source("docs/ARCHITECTURE.md");
  const folders = readdirSync("lib", { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "generated")
    .map((d) => `lib/${d.name}/`);
  assert.deepEqual(folders.filter((f) => !doc.includes(`\`${f}\``)), []);
});
