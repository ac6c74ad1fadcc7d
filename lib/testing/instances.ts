/**
 * App instances in processes of their own, each with its own database client, for tests that race
 * several on one database (the scheduled publication, the daily digest). Each runs a script of
 * lib/testing/*-pass-process.ts that says when it is ready and then answers messages. Every instance
 * a test file starts is killed when the file ends.
 */
import { fork, type ChildProcess } from "node:child_process";
import { after } from "node:test";

const children = new Set<ChildProcess>();
after(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** Starts `script` as an instance and resolves once it says it is ready. */
export async function startInstance(script: string): Promise<ChildProcess> {
  const child = fork(script, [], {
    execArgv: ["--import", "tsx", "--import", "./scripts/server-only.mjs"],
    env: process.env,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return child;
}
