/**
 * A small, bounded queue for expensive renders. A PDF of 10,000 signatories takes several seconds
 * of CPU and close to 1 GB while Typst lays it out in a worker (100,000: a minute and 5.5 GB), so
 * one process renders one at a time, and nobody can line up more than a few:
 *
 * - the same job (same key: the letter and a digest of what it prints) asked for again while it is queued or rendering is
 *   joined: the second caller gets the same result, nothing is rendered twice;
 * - at most `running` jobs render and `waiting` more wait; a new job beyond that is refused (BUSY);
 * - one job in flight per owner (a coordinator): asking for a different job before the first is
 *   done is refused (BUSY). Joining a job that is already in flight costs nothing and is allowed.
 *
 * - a job nobody waits for any more is cancelled: each caller may pass its own AbortSignal (the
 *   request's); when every caller that passed one has gone, the job's signal aborts (a queued job
 *   never starts, a running one is stopped by its task) and the key is free for a fresh job at once.
 *   A caller without a signal waits for good.
 *
 * The limits hold per process; each instance of the app has its own queue.
 */
export type Admission<T> =
  | { ok: true; result: Promise<T>; joined: boolean }
  | { ok: false; code: "BUSY"; reason: "queue-full" | "one-per-owner" };

export type QueueLimits = { running: number; waiting: number };

export const PDF_LIMITS: QueueLimits = { running: 1, waiting: 2 };

export function boundedQueue(limits: QueueLimits = PDF_LIMITS) {
  const jobs = new Map<string, { result: Promise<unknown>; controller: AbortController; waiters: number; forever: boolean }>();
  // Whose job is in flight: owner → job key.
  const owners = new Map<string, string>();
  let active = 0;
  const parked: (() => void)[] = [];

  const slot = (): Promise<void> => {
    if (active < limits.running) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => parked.push(resolve));
  };
  // A finished job hands its slot straight to the next one in line.
  const release = () => {
    const next = parked.shift();
    if (next) next();
    else active--;
  };

  type Job = { result: Promise<unknown>; controller: AbortController; waiters: number; forever: boolean };

  // Counts a caller in; when the last caller with a signal leaves (and none waits for good), the job is cancelled.
  function wait(key: string, job: Job, signal: AbortSignal | undefined) {
    if (!signal) {
      job.forever = true;
      return;
    }
    job.waiters++;
    const leave = () => {
      job.waiters--;
      if (job.waiters > 0 || job.forever || job.controller.signal.aborted) return;
      job.controller.abort();
      // A new request for the same file starts afresh rather than joining a job being stopped.
      if (jobs.get(key) === job) forget(key);
    };
    if (signal.aborted) leave();
    else signal.addEventListener("abort", leave, { once: true });
  }

  function forget(key: string) {
    jobs.delete(key);
    for (const [who, job] of owners) if (job === key) owners.delete(who);
  }

  function submit<T>(key: string, owner: string, task: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Admission<T> {
    const ownersJob = owners.get(owner);
    if (ownersJob !== undefined && ownersJob !== key) return { ok: false, code: "BUSY", reason: "one-per-owner" };
    const current = jobs.get(key);
    if (current) {
      owners.set(owner, key);
      wait(key, current, signal);
      return { ok: true, result: current.result as Promise<T>, joined: true };
    }
    if (jobs.size >= limits.running + limits.waiting) return { ok: false, code: "BUSY", reason: "queue-full" };
    owners.set(owner, key);
    const controller = new AbortController();
    const result = (async () => {
      await slot();
      try {
        controller.signal.throwIfAborted();
        return await task(controller.signal);
      } finally {
        release();
      }
    })();
    const job: Job = { result, controller, waiters: 0, forever: false };
    jobs.set(key, job);
    // Registered before any caller awaits the result, so the job is gone by the time they resume.
    const done = () => {
      if (jobs.get(key) === job) forget(key);
    };
    result.then(done, done);
    wait(key, job, signal);
    return { ok: true, result, joined: false };
  }

  return { submit, size: () => jobs.size };
}

export type BoundedQueue = ReturnType<typeof boundedQueue>;
