import assert from "node:assert/strict";
import { test } from "node:test";
import { queuedDownload, RETRY_AFTER_SECONDS } from "@/lib/export/http";
import { boundedQueue } from "@/lib/export/one-at-a-time";

/** A render that finishes only when the test says so: no timers, no timing. */
function controlled<T>() {
  const started: string[] = [];
  const finish = new Map<string, (value: T) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const render = (name: string) => () => {
    started.push(name);
    return new Promise<T>((resolve, reject) => {
      finish.set(name, resolve);
      fail.set(name, reject);
    });
  };
  return { started, render, finish: (name: string, value: T) => finish.get(name)!(value), fail: (name: string, e: Error) => fail.get(name)!(e) };
}
// Lets the queue's promise chain move on (microtasks only).
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test("one renders, two wait, the fourth is refused; jobs run one at a time, in order", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  const r = controlled<string>();
  const a = queue.submit("letter-a", "user-1", r.render("a"));
  const b = queue.submit("letter-b", "user-2", r.render("b"));
  const c = queue.submit("letter-c", "user-3", r.render("c"));
  const d = queue.submit("letter-d", "user-4", r.render("d"));
  assert.ok(a.ok && b.ok && c.ok);
  assert.deepEqual(d, { ok: false, code: "BUSY", reason: "queue-full" });
  await settle();
  assert.deepEqual(r.started, ["a"], "only one renders");
  r.finish("a", "A");
  assert.equal(await a.result, "A");
  await settle();
  assert.deepEqual(r.started, ["a", "b"]);
  // A place is free again.
  const e = queue.submit("letter-e", "user-5", r.render("e"));
  assert.ok(e.ok);
  for (const [name, value] of [["b", "B"], ["c", "C"], ["e", "E"]]) {
    await settle();
    r.finish(name, value);
  }
  assert.deepEqual(r.started, ["a", "b", "c", "e"]);
  assert.deepEqual(await Promise.all([b.result, c.result, e.result]), ["B", "C", "E"]);
  assert.equal(queue.size(), 0);
});

test("the same letter and options asked again while in flight get the same result, rendered once", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  const r = controlled<string>();
  const first = queue.submit("letter-a:alphabetical", "user-1", r.render("a1"));
  const again = queue.submit("letter-a:alphabetical", "user-2", r.render("a2"));
  const same = queue.submit("letter-a:alphabetical", "user-1", r.render("a3"));
  assert.ok(first.ok && again.ok && same.ok);
  assert.equal(again.joined, true);
  assert.equal(again.result, first.result);
  // Joining takes no place in the queue: two other letters still fit.
  assert.ok(queue.submit("letter-b", "user-3", r.render("b")).ok);
  assert.ok(queue.submit("letter-c", "user-4", r.render("c")).ok);
  assert.equal(queue.submit("letter-d", "user-5", r.render("d")).ok, false);
  await settle();
  r.finish("a1", "PDF");
  assert.deepEqual(await Promise.all([first.result, again.result, same.result]), ["PDF", "PDF", "PDF"]);
  assert.ok(!r.started.includes("a2") && !r.started.includes("a3"), "rendered once");
});

test("one job in flight per coordinator; the next is accepted once the first is done", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  const r = controlled<string>();
  const mine = queue.submit("letter-a", "user-1", r.render("a"));
  assert.ok(mine.ok);
  assert.deepEqual(queue.submit("letter-b", "user-1", r.render("b")), { ok: false, code: "BUSY", reason: "one-per-owner" });
  assert.deepEqual(queue.submit("letter-a:country", "user-1", r.render("a-country")), { ok: false, code: "BUSY", reason: "one-per-owner" });
  // Someone else's job that a coordinator joined counts as theirs too.
  assert.ok(queue.submit("letter-c", "user-2", r.render("c")).ok);
  assert.ok(queue.submit("letter-c", "user-3", r.render("c-again")).ok);
  assert.equal(queue.submit("letter-d", "user-3", r.render("d")).ok, false);
  await settle();
  r.finish("a", "A");
  await mine.result;
  assert.ok(queue.submit("letter-b", "user-1", r.render("b")).ok, "free again after the first finished");
});

test("a failed render frees its place and its owner, and does not block the next", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  const r = controlled<string>();
  const bad = queue.submit("letter-a", "user-1", r.render("a"));
  const next = queue.submit("letter-b", "user-2", r.render("b"));
  assert.ok(bad.ok && next.ok);
  await settle();
  r.fail("a", new Error("layout failed"));
  await assert.rejects(bad.result, /layout failed/);
  await settle();
  assert.deepEqual(r.started, ["a", "b"]);
  assert.ok(queue.submit("letter-c", "user-1", r.render("c")).ok);
  r.finish("b", "B");
  assert.equal(await next.result, "B");
});

test("over HTTP: with three downloads in flight the fourth gets 503, Retry-After and the BUSY text", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  const r = controlled<Uint8Array>();
  const file = { type: "application/pdf", filename: "letter.pdf", busyMessage: "Please try again in a minute." };
  const responses = ["a", "b", "c"].map((name, i) => queuedDownload(queue, { key: name, owner: `user-${i}` }, r.render(name), file));
  const fourth = await queuedDownload(queue, { key: "d", owner: "user-9" }, r.render("d"), file);
  assert.equal(fourth.status, 503);
  assert.equal(fourth.headers.get("Retry-After"), String(RETRY_AFTER_SECONDS));
  assert.equal(fourth.headers.get("Content-Type"), "text/plain; charset=utf-8");
  assert.equal(await fourth.text(), "Please try again in a minute.");
  // The same letter again joins instead of being refused.
  const joined = queuedDownload(queue, { key: "a", owner: "user-8" }, r.render("a-again"), file);
  await settle();
  for (const name of ["a", "b", "c"]) {
    r.finish(name, new TextEncoder().encode(`%PDF ${name}`));
    await settle();
  }
  const done = await Promise.all([...responses, joined]);
  assert.deepEqual(done.map((res) => res.status), [200, 200, 200, 200]);
  assert.equal(await done[3].text(), "%PDF a");
  assert.ok(!r.started.includes("d") && !r.started.includes("a-again"));
});

test("a job is cancelled when every caller waiting for it has gone, not before", async () => {
  const queue = boundedQueue({ running: 1, waiting: 2 });
  let cancelled = false;
  const task = (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      signal.addEventListener("abort", () => {
        cancelled = true;
        reject(new Error("cancelled"));
      });
      setTimeout(() => resolve("pdf"), 200);
    });
  const first = new AbortController();
  const second = new AbortController();
  const a = queue.submit("letter-1", "alice", task, first.signal);
  const b = queue.submit("letter-1", "bob", task, second.signal);
  assert.ok(a.ok && b.ok && b.joined);
  await new Promise((resolve) => setImmediate(resolve)); // the job has started
  first.abort();
  assert.equal(cancelled, false, "bob still waits");
  second.abort();
  assert.equal(cancelled, true, "nobody waits any more");
  await assert.rejects(b.result, /cancelled/);
  assert.equal(queue.size(), 0, "the key is free for a fresh job");
  // A caller without a signal waits for good: leaving callers do not cancel its job.
  const c = queue.submit("letter-2", "carol", task);
  const d = new AbortController();
  const e = queue.submit("letter-2", "dave", task, d.signal);
  d.abort();
  assert.ok(c.ok && e.ok);
  assert.equal(await c.result, "pdf");
});
