/**
 * How long the coordinators' PDF takes for big letters, and how much memory, beside a bare
 * reference: the Typst compiler called directly, on the main thread, on the same data and template,
 * the whole list in one compile (no parts, no footers, no join), no app code.
 *   npm run bench:pdf                          (10,000 and 100,000 approved signatories)
 *   npm run bench:pdf -- --rows=2000,5000 --order=country
 * Seeds a throwaway SQLite database per size, then measures each render in a fresh process, so its
 * peak RSS is its own (the app renders in a worker thread of that process: the worker counts).
 * "Of which the render" is that peak less what the process held before the render began (tsx,
 * Prisma, the letter's rows, about 190 MB): what a render adds to a server that is already running.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "10000,100000" },
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
type Figures = { wall: number; cpu: number; rss: number; base: number; pages: number; size: number; parts: number };

async function main() {
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(process.env.DATABASE_URL!);
  const { db } = await import("@/lib/db");
  const { seedLetter } = await import("@/lib/testing/seed");
  const table: string[] = [];
  const line = (cells: (string | number)[]) => table.push(`| ${cells.join(" | ")} |`);
  line(["rows", "what", "wall", "CPU", "peak RSS", "of which the render", "pages", "size"]);
  line(["---:", "---", "---:", "---:", "---:", "---:", "---:", "---:"]);
  const label = (what: string, f: Figures) => (what === "app" ? `app (worker, route's code, ${f.parts} Typst parts)` : "bare Typst, same data, one compile");
  for (const rows of args.rows!.split(",").map(Number)) {
    const letter = await seedLetter(db, { ...LETTER, signatures: signatures(rows) });
    for (const what of ["app", "bare"]) {
      const child = [process.argv[1], `--measure=${what}`, `--letter=${letter.id}`, `--dir=${dir}`, `--order=${args.order}`];
      // The same node flags as this process: tsx's loader and the server-only hook.
      const out = execFileSync(process.execPath, [...process.execArgv, ...child], { encoding: "utf8", maxBuffer: 1 << 26 });
      const f = JSON.parse(out.trim().split("\n").at(-1)!) as Figures;
      line([rows.toLocaleString("en"), label(what, f), `${f.wall.toFixed(1)} s`, `${f.cpu.toFixed(1)} s`, `${(f.rss / 1024).toFixed(0)} MB`, `${((f.rss - f.base) / 1024).toFixed(0)} MB`, f.pages, `${(f.size / 1024).toFixed(0)} KB`]);
    }
  }
  await db.$disconnect();
  console.log(`PDF (${args.order}, with types), ${new Date().toISOString().slice(0, 10)}:\n${table.join("\n")}`);
}

async function measure(what: string, letterId: string) {
  const { findLetterForExport } = await import("@/lib/export/queries");
  const { authorized } = await import("@/lib/testing/access");
  const { pdfData, pdfEdition, countPages } = await import("@/lib/export/pdf");
  const letter = (await findLetterForExport(await authorized(letterId)))!;
  const options = { order: args.order === "country" ? ("country" as const) : ("alphabetical" as const), includeType: true };
  const edition = await pdfEdition(letter, undefined);
  if (!edition.ok) throw new Error(edition.code);
  const dataFile = path.join(dir, `${letterId}.json`);
  // What the process held before rendering (tsx, Prisma, the letter): a server holds its own.
  const base = process.resourceUsage().maxRSS;
  const start = performance.now();
  const cpu = process.cpuUsage();
  let pdf: Buffer;
  let parts = 1;
  if (what === "app") {
    const { renderPdf } = await import("@/lib/export/pdf-render");
    const data = await pdfData(letter, options, new Date(), edition.edition);
    writeFileSync(dataFile, data);
    const rendered = await renderPdf(data);
    pdf = rendered.pdf;
    parts = rendered.parts;
  } else {
    // The reference: the data the app made, read from a file, the letter and every row in one
    // compile on this thread, with the same fonts and no system fonts either.
    const data = JSON.parse(readFileSync(dataFile, "utf8"));
    const { NodeCompiler } = await import("@myriaddreamin/typst-ts-node-compiler");
    const { fontFiles } = await import("@/lib/export/fonts");
    const { skipSystemFonts, templateFile } = await import("@/lib/export/pdf-render");
    skipSystemFonts();
    let first = 0;
    const groups = data.signatories.groups.map((g: { label: string | null; rows: string[][] }) => ({ ...g, first: (first += g.rows.length) - g.rows.length }));
    const whole = { ...data, letter: true, part: { opening: true, groups, marked: first, end: first } };
    const compiler = NodeCompiler.create({ workspace: path.dirname(templateFile()), fontArgs: [{ fontBlobs: fontFiles().map((f) => readFileSync(f)) }] });
    compiler.mapShadow(path.join(path.dirname(templateFile()), "data.json"), Buffer.from(JSON.stringify(whole)));
    const doc = compiler.compile({ mainFileContent: readFileSync(templateFile(), "utf8") }).result!;
    pdf = compiler.pdf(doc, { pdfTags: false });
  }
  const used = process.cpuUsage(cpu);
  const figures: Figures = { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, rss: process.resourceUsage().maxRSS, base, pages: countPages(pdf), size: pdf.length, parts };
  console.log(JSON.stringify(figures));
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
