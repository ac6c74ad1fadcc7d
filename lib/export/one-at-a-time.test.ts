import assert from "node:assert/strict";
import { test } from "node:test";
import { oneAtATime } from "@/lib/export/one-at-a-time";

test("tasks run one at a time, in order, and a failure does not block the next", async () => {
  const run = oneAtATime();
  let running = 0;
  let most = 0;
  const order: number[] = [];
  const task = (n: number, fail = false) => async () => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 10));
    running--;
    order.push(n);
    if (fail) throw new Error(`task ${n}`);
    return n;
  };
  const results = await Promise.allSettled([run(task(1)), run(task(2, true)), run(task(3))]);
  assert.equal(most, 1);
  assert.deepEqual(order, [1, 2, 3]);
  assert.deepEqual(results.map((r) => r.status), ["fulfilled", "rejected", "fulfilled"]);
});
