/**
 * Load figures for the two paths that take traffic: reading a letter page, and signing it.
 * Runs `next start` of an existing production build on loopback, with a fresh database, and
 * drives it with autocannon for a bounded time. Prints requests/s, p99 latency and the server's
 * peak RSS for each.
 *
 *   NEXT_DIST_DIR=.next-hard npx next build          (once; any build folder)
 *   npm run bench:load -- --db sqlite --duration 10
 *   bash scripts/with-postgres.sh npm run bench:load -- --db postgresql
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "@/lib/testing/ports";
import { createTestDatabase } from "@/lib/testing/postgres";
import { seedLetter } from "@/lib/testing/seed";
import { startSmtpServer } from "@/lib/testing/smtp";
import { loadSignForm, multipart, validAnswers } from "@/lib/testing/sign-over-http";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next-hard" },
  },
});
const duration = Math.min(60, Number(args.duration));
const connections = Number(args.connections);

async function databaseUrl(dir: string): Promise<string> {
  if (args.db !== "postgresql") return `file:${path.join(dir, "bench.db")}`;
  return (await createTestDatabase("us_bench")).url;
}

/** Resident memory of the server and its child processes, in MB (Linux /proc). */
function rssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return Math.round(kb / 1024);
}

const dir = mkdtempSync(path.join(tmpdir(), "undersigned-bench-"));
const url = await databaseUrl(dir);
await migrate(url);
Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dir });
const { db } = await import("@/lib/db");
const { slug } = await seedLetter(db, {
  title: "Bench letter", addressee: "The Minister", body: "Dear Minister,\n\nWe ask you to keep the internet open.\n",
});

const smtp = await startSmtpServer();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: {
    ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: args.dist, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, DATA_DIR: dir,
    APP_URL: base, SMTP_URL: smtp.url, LOG_MAIL_LINKS: "false", AUTH_SECRET: randomBytes(32).toString("hex"),
    // The benchmark is one client address signing thousands of times: measure the work, not the limiter's "no".
    SIGN_LIMIT_ADDRESS: "1000000/600", SIGN_LIMIT_ADDRESS_NOPROOF: "1000000/600", SIGN_LIMIT_DOMAIN: "1000000/3600",
  },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = async () => {
  server.kill("SIGTERM");
  await smtp.stop();
};
process.on("SIGINT", () => void stop().then(() => process.exit(130)));

for (let i = 0; ; i++) {
  if (i > 100) throw new Error("the server did not start");
  try {
    if ((await fetch(`${base}/letters/${slug}`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

type Figures = { name: string; rps: number; p99: number; ok: number; other: Record<string, number>; errors: number; rssMb: number };

async function measure(name: string, options: autocannon.Options, okStatus: number): Promise<Figures> {
  let peak = rssMb(server.pid!);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 250);
  const result = await autocannon({ connections, duration, ...options });
  clearInterval(sampler);
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]));
  const { [String(okStatus)]: ok = 0, ...other } = codes;
  return { name, rps: Math.round(result.requests.average), p99: result.latency.p99, ok, other, errors: result.errors + result.timeouts, rssMb: peak };
}

const page = await measure("letter page (GET)", { url: `${base}/letters/${slug}` }, 200);

const actionFields = await loadSignForm(base, slug);
let n = 0;
const sign = await measure(
  "signing (no-JS form POST, new signer each)",
  {
    url: `${base}/letters/${slug}`,
    requests: [{
      method: "POST",
      setupRequest: (request) => {
        const { body, contentType } = multipart([...actionFields, ...Object.entries(validAnswers(`bench${n++}-${slug}@example.org`))]);
        return { ...request, body, headers: { ...request.headers, "content-type": contentType, origin: base } };
      },
    }],
  },
  303,
);
const rows = await db.signature.count({ where: { letter: { slug } } });

console.log(`\nUndersigned load, ${args.db}, ${duration} s per run, ${connections} connections, build ${args.dist}`);
for (const f of [page, sign]) {
  console.log(`${f.name.padEnd(44)} ${String(f.rps).padStart(6)} req/s  p99 ${String(f.p99).padStart(5)} ms  peak RSS ${f.rssMb} MB  ` +
    `(${f.ok} ok${Object.keys(f.other).length ? `, other: ${JSON.stringify(f.other)}` : ""}${f.errors ? `, ${f.errors} errors` : ""})`);
}
console.log(`signature rows written: ${rows}`);
await db.$disconnect();
await stop();
process.exit(0);
