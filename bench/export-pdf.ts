/**
 * How long the coordinators' PDF and the public CSV take for a big letter, and how much memory.
 *   npm run bench:pdf            (10,000 approved signatories)
 *   npx tsx bench/export-pdf.ts --rows=2000 --order=country
 * Seeds a throwaway SQLite database, then renders through the same functions the routes call.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "10000" }, order: { type: "string", default: "alphabetical" } },
});
const ROWS = Number(args.rows);
const order = args.order === "country" ? "country" : "alphabetical";

// The environment must be set before lib/env is first imported, hence the dynamic imports below.
const dir = mkdtempSync(path.join(tmpdir(), "undersigned-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  DATA_DIR: dir,
  APP_URL: "https://undersigned.example",
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
});

const { migrate } = await import("@/lib/db/migrate");
await migrate(process.env.DATABASE_URL!);
const { db } = await import("@/lib/db");
const { seedLetter } = await import("@/lib/export/testing");
const { findLetterForExport } = await import("@/lib/export/queries");
const { renderLetterPdf } = await import("@/lib/export/pdf");
const { publicCsv } = await import("@/lib/export/csv");

// Names in every script the PDF must handle, varied so rows differ in length and wrap now and then.
const STEMS: [string, string][] = [
  ["Instituto de Defesa do Consumidor", "BR"], ["Côte d'Ivoire Digital Rights", "CI"], ["Fundación Vía Libre", "AR"],
  ["Digitale Gesellschaft e.V.", "DE"], ["Association Société Numérique", "FR"], ["Роскомсвобода", "RU"],
  ["Ομάδα Ψηφιακών Δικαιωμάτων", "GR"], ["中国互联网观察", "CN"], ["منظمة الحقوق الرقمية", "EG"],
  ["Centre for Internet and Society", "IN"], ["Kenya ICT Action Network", "KE"], ["Open Rights Group", "GB"],
];
const TYPES = ["civil_society", "academic", "technical", "private_sector", "trade_union", "other"];
const BODY = `We, the undersigned organisations, write to you *ahead of the Plenipotentiary Conference*.

## What we ask

1. Keep the **Internet** governance model open and multistakeholder.
2. Publish the [working documents](https://example.org/docs) before each meeting.

${"The Internet's success rests on open standards developed in the open. ".repeat(12)}`;

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const peak = () => process.resourceUsage().maxRSS;

let t = performance.now();
const signatures = Array.from({ length: ROWS }, (_, i) => {
  const [stem, country] = STEMS[i % STEMS.length];
  return { orgName: `${stem} ${i + 1}`, country, orgType: TYPES[i % TYPES.length], website: `https://org${i}.example` };
});
const seeded = await seedLetter(db, { title: "Keep the Internet open", addressee: "Secretary-General, International Telecommunication Union", body: BODY }, signatures);
const letter = (await findLetterForExport(seeded.id))!;
console.log(`seeded ${ROWS} approved signatories in ${((performance.now() - t) / 1000).toFixed(1)} s (peak RSS so far ${mb(peak())})`);

t = performance.now();
const pdf = await renderLetterPdf(letter, { order, includeType: true });
const pdfSeconds = (performance.now() - t) / 1000;
const pages = pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
console.log(`PDF (${order}, with types): ${pdfSeconds.toFixed(1)} s, ${(pdf.length / 1024).toFixed(0)} KB, ${pages} pages, peak RSS ${mb(peak())}`);

t = performance.now();
let bytes = 0;
const reader = publicCsv(letter.id).getReader();
for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
console.log(`public CSV: ${((performance.now() - t) / 1000).toFixed(2)} s, ${(bytes / 1024).toFixed(0)} KB, peak RSS ${mb(peak())} (includes the PDF's)`);

await db.$disconnect();
