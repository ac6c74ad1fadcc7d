/**
 * A small, bounded queue for expensive renders. A PDF of 10,000 signatories takes about half a
 * minute of CPU and close to 1 GB while react-pdf lays it out, so one process renders one at a
 * time, and nobody can line up more than a few:
 *
 * - the same job (same key: letter and options) asked for again while it is queued or rendering is
 *   joined: the second caller gets the same result, nothing is rendered twice;
 * - at most `running` jobs render and `waiting` more wait; a new job beyond that is refused (BUSY);
 * - one job in flight per owner (a coordinator): asking for a different job before the first is
 *   done is refused (BUSY). Joining a job that is already in flight costs nothing and is allowed.
 *
 * The limits hold per process; each instance of the app has its own queue.
 */
export type Admission<T> =
  | { ok: true; result: Promise<T>; joined: boolean }
  | { ok: false; code: "BUSY"; reason: "queue-full" | "one-per-owner" };

export type QueueLimits = { running: number; waiting: number };

export const PDF_LIMITS: QueueLimits = { running: 1, waiting: 2 };

export function boundedQueue(limits: QueueLimits = PDF_LIMITS) {
  const jobs = new Map<string, Promise<unknown>>();
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

  function submit<T>(key: string, owner: string, task: () => Promise<T>): Admission<T> {
    const ownersJob = owners.get(owner);
    if (ownersJob !== undefined && ownersJob !== key) return { ok: false, code: "BUSY", reason: "one-per-owner" };
    const current = jobs.get(key) as Promise<T> | undefined;
    if (current) {
      owners.set(owner, key);
      return { ok: true, result: current, joined: true };
    }
    if (jobs.size >= limits.running + limits.waiting) return { ok: false, code: "BUSY", reason: "queue-full" };
    owners.set(owner, key);
    const result = (async () => {
      await slot();
      try {
        return await task();
      } finally {
        release();
      }
    })();
    jobs.set(key, result);
    // Registered before any caller awaits the result, so the job is gone by the time they resume.
    const done = () => {
      jobs.delete(key);
      for (const [who, job] of owners) if (job === key) owners.delete(who);
    };
    result.then(done, done);
    return { ok: true, result, joined: false };
  }

  return { submit, size: () => jobs.size };
}

export type BoundedQueue = ReturnType<typeof boundedQueue>;
