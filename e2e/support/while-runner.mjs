// Runs a web server for Playwright and stops it when the Playwright runner is gone.
//   node e2e/support/while-runner.mjs <command> [args...]
// Playwright stops its web servers when it ends normally; if it is killed, they would be left
// holding their ports and the next run could not start. E2E_RUNNER_PID names the runner.
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: "inherit" });
const stop = (signal = "SIGTERM") => child.kill(signal);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const runner = Number(process.env.E2E_RUNNER_PID);
if (runner) {
  setInterval(() => {
    try {
      process.kill(runner, 0);
    } catch {
      stop();
      setTimeout(() => stop("SIGKILL"), 5000).unref();
    }
  }, 1000).unref();
}
