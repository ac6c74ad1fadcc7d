/**
 * Runs tasks one after another. A PDF of 10,000 signatories needs close to 1 GB while react-pdf
 * lays it out; two at once in one process would need twice that. Queued coordinators wait a little
 * longer instead.
 */
export function oneAtATime() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
