// One PDF render, off the request thread (lib/export/pdf-render.ts starts it as a worker thread).
// Plain JavaScript, read from disk at run time: neither bundled by Next nor compiled by tsx.
// workerData: { template (path of the .typ file), join (path of pdf-join.mjs), fonts ({ always, cjk, cjkBold }: paths of font
// files), data (the JSON text lib/export/pdf.ts builds), rowsPerPart }. Posts { pdf, pages, parts,
// maxRSS } (the PDF's bytes are transferred, not copied) or { error }.
//
// Typst's memory grows with the pages of one compile (about 60 KB a row) and is only given back
// when the thread ends, so a long list is laid out a part at a time: each compile lays out
// `rowsPerPart` rows from where the last one stopped, the parts are joined with pdf-lib (in a thread
// of their own, lib/export/pdf-join.mjs, on the other core meanwhile), and the footers ("Page X of
// Y" needs the total) come from one last compile drawn over every page.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const { template, join, fonts, data: json, rowsPerPart } = workerData;

// Characters only the Chinese font draws (CJK, kana, hangul, full-width forms, symbols Noto Sans
// lacks). The two 8 MB faces cost a quarter of a second each to load: only when printed.
const CJK = /[\u1100-\u11ff\u2190-\u2bff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud8bf][\udc00-\udfff]/;

/** The font files this document needs: the bold Chinese face only if bold text (anything but a row) holds CJK. */
function fontsFor(data) {
  const files = [...fonts.always];
  if (CJK.test(json)) {
    files.push(fonts.cjk);
    const labels = data.signatories.groups.map((g) => g.label);
    if (CJK.test(JSON.stringify({ ...data, signatories: { ...data.signatories, groups: labels } }))) files.push(fonts.cjkBold);
  }
  return files.map((file) => readFileSync(file));
}

/** The rows from `start` (an index over every group's rows) for at most `count` rows, as the template's `part.groups`. */
function slice(groups, start, count) {
  const out = [];
  let first = 0;
  for (const g of groups) {
    const end = first + g.rows.length;
    if (end > start && first < start + count) {
      const from = Math.max(start, first) - first;
      const to = Math.min(start + count, end) - first;
      // The country's name only above its first row; a group continued from the last part goes on without it.
      out.push({ label: from === 0 ? g.label : null, first: first + from, rows: g.rows.slice(from, to) });
    }
    first = end;
  }
  return out;
}

function compile(compiler, data) {
  compiler.mapShadow(`${dirname(template)}/data.json`, Buffer.from(JSON.stringify(data)));
  const result = compiler.compile({ mainFileContent: source });
  const doc = result.result;
  if (!doc) {
    const diagnostics = result.takeDiagnostics()?.shortDiagnostics ?? [];
    throw new Error(`Typst: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
  }
  return doc;
}

const source = readFileSync(template, "utf8");
const MARKED = 200;

/** The joining thread (lib/export/pdf-join.mjs): `add` sends it a PDF, `result` is the joined file. */
function joiner(data) {
  const worker = new Worker(join, { workerData: { title: data.title, description: data.description, lang: data.lang }, execArgv: [] });
  const result = new Promise((resolve, reject) => {
    worker.once("message", (message) => (message.error !== undefined ? reject(new Error(message.error)) : resolve(message.pdf)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`PDF join worker exited with code ${code}`)));
  });
  const add = (message) => {
    const bytes = message.part ?? message.footers;
    worker.postMessage(message, [bytes.buffer]);
  };
  return { add, result, stop: () => worker.terminate() };
}

// Typst's PDF as bytes of their own, ready to be transferred to the joining thread.
const own = (pdf) => new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();

let joined;
try {
  const data = JSON.parse(json);
  joined = joiner(data);
  const { groups } = data.signatories;
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const compiler = NodeCompiler.create({ workspace: dirname(template), fontArgs: [{ fontBlobs: fontsFor(data) }] });
  const meta = { ...data, signatories: { ...data.signatories, groups: [] } };
  const letter = compile(compiler, { ...meta, letter: true });
  joined.add({ part: own(compiler.pdf(letter, { pdfTags: false })), keep: letter.numOfPages });
  let pages = letter.numOfPages;
  let start = 0;
  let parts = 0;
  do {
    // The rest in this part if it is short: a compile of a few rows costs more than it saves.
    const count = total - start <= rowsPerPart * 1.25 ? total - start : rowsPerPart;
    const partGroups = slice(groups, start, count);
    const end = start + partGroups.reduce((n, g) => n + g.rows.length, 0);
    const last = end >= total;
    // A page holds at most about 60 rows: the last MARKED rows are sure to include the last page's first.
    const marked = last ? end : Math.max(start, end - MARKED);
    const doc = compile(compiler, { ...meta, part: { opening: start === 0, groups: partGroups, marked, end } });
    // The row that opens this part's last page: the next part starts with it, and the page goes.
    const carry = last ? null : compiler.query(doc, { selector: "<carry>", field: "value" })[0];
    const keep = carry != null && carry > start ? doc.numOfPages - 1 : doc.numOfPages;
    joined.add({ part: own(compiler.pdf(doc, { pdfTags: false })), keep });
    pages += keep;
    start = keep < doc.numOfPages ? carry : end;
    parts++;
    // What Typst memoised for this part is no use to the next one.
    compiler.evictCache(0);
  } while (start < total);

  joined.add({ footers: own(compiler.pdf(compile(compiler, { ...meta, footers: pages }), { pdfTags: false })) });
  const pdf = await joined.result;
  parentPort.postMessage({ pdf, pages, parts, maxRSS: process.resourceUsage().maxRSS }, [pdf.buffer]);
} catch (error) {
  await joined?.stop();
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
