/**
 * Work every instance of the app does on a timer (a draft's publication hour, the coordinators'
 * daily digest): one timer per kind of pass and process, also across development reloads; a pass
 * never starts while the last one is running; a failed pass is logged and the next one tries again.
 * Several instances on one database each run their passes: each pass claims its work with a
 * conditional update, so the work is done once.
 */
declare global {
  // name → timer, kept on globalThis so a development reload does not start a second one.
  var undersignedRepeats: Map<string, NodeJS.Timeout> | undefined;
}

/** Runs `pass` now and every `intervalMs`; what it returns, when not null, is logged as done. Idempotent per process. */
export function repeatEvery(name: string, intervalMs: number, pass: () => Promise<string | null>): void {
  const timers = (globalThis.undersignedRepeats ??= new Map());
  if (timers.has(name)) return;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    pass()
      .then((done) => { if (done) console.info(`[${name}] ${done}`); })
      .catch((error) => console.error(`[${name}] pass failed`, error))
      .finally(() => { running = false; });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  timers.set(name, timer);
  run();
}
