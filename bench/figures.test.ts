import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { formatTable, gzipWeight, meets, scriptSources, type Run } from "./figures";

test("the scripts a page loads: script src and script preloads, each once, entities decoded", () => {
  const html = `<html><head>
    <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
    <link rel="stylesheet" href="/_next/static/css/x.css"/>
    <link rel="preload" as="font" href="/font.woff2"/>
    <script src="/_next/static/chunks/a.js" async=""></script>
    <script nonce="n">self.__next_f.push([1,""])</script>
    <script async src='/_next/static/chunks/b.js?dpl=1&amp;v=2'></script>
  </head></html>`;
  assert.deepEqual(scriptSources(html), ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?dpl=1&v=2"]);
});

test("a nomodule script (legacy polyfills) is not counted: browsers that run modules never fetch it", () => {
  const html = `<script src="/_next/static/chunks/a.js" async=""></script>
    <script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>
    <script nomodule src="/legacy.js"></script>`;
  assert.deepEqual(scriptSources(html), ["/_next/static/chunks/a.js"]);
});

test("gzip weight sums each body's own gzip size", () => {
  const a = Buffer.from("a".repeat(10_000));
  const b = Buffer.from("let x = 1;\n".repeat(50));
  assert.deepEqual(gzipWeight([a, b]), { gzip: gzipSync(a).length + gzipSync(b).length, raw: a.length + b.length });
  assert.deepEqual(gzipWeight([]), { gzip: 0, raw: 0 });
});

const run = (rps: number, p99: number, errors = 0): Run => ({ rps, p50: 5, p99, rssMb: 300, ok: 100, other: {}, errors });

test("a target is met only with the rate, the p99 and no errors", () => {
  assert.equal(meets(run(800, 149), { rps: 800, p99: 150 }), true);
  assert.equal(meets(run(799, 10), { rps: 800, p99: 150 }), false);
  assert.equal(meets(run(900, 150), { rps: 800, p99: 150 }), false);
  assert.equal(meets(run(900, 10, 3), { rps: 800, p99: 150 }), false);
  assert.equal(meets(run(1, 249), { p99: 250 }), true);
});

test("the table lines up runs and single figures with their verdicts", () => {
  const table = formatTable([
    { what: "letter page 1", run: { ...run(812.4, 120), other: { "500": 2 } }, target: "≥ 800 req/s, p99 < 150 ms", met: true },
    { what: "JS", figure: "101.2 KB", target: "≤ 120 KB", met: false },
    { what: "empty page JS", figure: "90.0 KB" },
  ]).split("\n");
  assert.equal(table.length, 5);
  assert.match(table[0], /^\| what +\| req\/s \| p50 ms \| p99 ms \| peak RSS MB \| figure +\| target +\| verdict \|$/);
  assert.match(table[1], /^\| -+ \| -+: \| -+: \| -+: \| -+: \| -+ \| -+ \| -+ \|$/);
  assert.match(table[2], /\| +812 \| +5 \| +120 \| +300 \| 100 ok, 2×500 +\| ≥ 800 req\/s, p99 < 150 ms \| met +\|$/);
  assert.match(table[3], /\| 101\.2 KB +\| ≤ 120 KB +\| NOT MET \|$/);
  assert.match(table[4], /\| 90\.0 KB +\| +\| +\|$/);
  assert.equal(new Set(table.map((l) => l.length)).size, 1, "every line as wide");
});
