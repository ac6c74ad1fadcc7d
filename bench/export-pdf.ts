/**
 * How long the coordinators' PDF and the public CSV take for a big letter, and how much memory.
 *   npm run bench:pdf                                  (10,000 approved signatories)
 *   npm run bench:pdf -- --rows=2000 --order=country
 * Seeds a throwaway SQLite database, then measures each export in a fresh process (so its peak
 * memory is its own, not the seeding's) through the same functions the routes call.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    order: { type: "string", default: "alphabetical" },
    measure: { type: "string" },
    letter: { type: "string" },
    dir: { type: "string" },
  },
});

// The environment must be set before lib/env is first imported, hence the dynamic imports below.
const dir = args.dir ?? mkdtempSync(path.join(tmpdir(), "undersigned-bench-"));
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  DATA_DIR: dir,
  APP_URL: "https://undersigned.example",
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
});
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
// CPU time next to wall time: on a busy machine the wall time grows, the CPU time much less.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return `${((used.user + used.system) / 1e6).toFixed(1)} s CPU`;
};

async function main() {
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(process.env.DATABASE_URL!);
  const { db } = await import("@/lib/db");
  const { seedLetter } = await import("@/lib/testing/seed");
  const rows = Number(args.rows);
  const start = performance.now();
  const letter = await seedLetter(db, { ...LETTER, signatures: signatures(rows) });
  await db.$disconnect();
  console.log(`seeded ${rows} approved signatories in ${seconds(start)}`);
  for (const what of ["pdf", "csv"]) {
    const child = [process.argv[1], `--measure=${what}`, `--letter=${letter.id}`, `--dir=${dir}`, `--order=${args.order}`];
    // The same node flags as this process: tsx's loader and the server-only hook.
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, ...child], { encoding: "utf8" }));
  }
}

async function measure(what: string, letterId: string) {
  const { findLetterForExport } = await import("@/lib/export/queries");
  const { authorized } = await import("@/lib/testing/access");
  const letter = (await findLetterForExport(await authorized(letterId)))!;
  const start = performance.now();
  const cpu = process.cpuUsage();
  if (what === "pdf") {
    const { renderLetterPdf, countPages } = await import("@/lib/export/pdf");
    const order = args.order === "country" ? "country" : "alphabetical";
    const pdf = await renderLetterPdf(letter, { order, includeType: true });
    const size = `${(pdf.length / 1024).toFixed(0)} KB`;
    const heap = `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`;
    console.log(`PDF (${order}, with types): ${seconds(start)} (${cpuSeconds(cpu)}), ${size}, ${countPages(pdf)} pages, peak RSS ${mb(process.resourceUsage().maxRSS)} (JS heap after: ${heap})`);
  } else {
    const { publicCsv } = await import("@/lib/export/csv");
    let bytes = 0;
    const reader = publicCsv(letter.id).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
    console.log(`public CSV: ${seconds(start)} (${cpuSeconds(cpu)}), ${(bytes / 1024).toFixed(0)} KB, peak RSS ${mb(process.resourceUsage().maxRSS)}`);
  }
  process.exit(0);
}

// Names in every script the PDF must handle, varied so rows differ in length and wrap now and then.
function signatures(count: number) {
  const stems: [string, string][] = [
    ["Instituto de Defesa do Consumidor", "BR"], ["Côte d'Ivoire Digital Rights", "CI"], ["Fundación Vía Libre", "AR"],
    ["Digitale Gesellschaft e.V.", "DE"], ["Association Société Numérique", "FR"], ["Роскомсвобода", "RU"],
    ["Ομάδα Ψηφιακών Δικαιωμάτων", "GR"], ["中国互联网观察", "CN"], ["منظمة الحقوق الرقمية", "EG"],
    ["Centre for Internet and Society", "IN"], ["Kenya ICT Action Network", "KE"],
    ["International Federation of Community Networks and Open Standards Development", "GB"],
  ];
  const types = ["civil_society", "academic", "technical", "private_sector", "trade_union", "other"];
  return Array.from({ length: count }, (_, i) => {
    const [stem, country] = stems[i % stems.length];
    return { orgName: `${stem} ${i + 1}`, country, orgType: types[i % types.length], website: `https://org${i}.example`, status: "approved" };
  });
}

const LETTER = {
  title: "Keep the Internet open",
  addressee: "Secretary-General, International Telecommunication Union",
  body: `We, the undersigned organisations, write to you *ahead of the Plenipotentiary Conference*.

## What we ask

1. Keep the **Internet** governance model open and multistakeholder.
2. Publish the [working documents](https://example.org/docs) before each meeting.

${"The Internet's success rests on open standards developed in the open. ".repeat(12)}`,
};

if (args.measure) await measure(args.measure, args.letter!);
else await main();
