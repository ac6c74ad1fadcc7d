// Typst's side of a PDF render, off the request thread (lib/export/pdf-render.ts starts it as a
// worker thread). Plain JavaScript, read from disk at run time: neither bundled by Next nor
// compiled by tsx. workerData: { template (path of the .typ file), fonts ({ always, cjk, cjkBold }:
// paths of font files), data (the JSON text lib/export/pdf.ts builds), rowsPerPart, partsPerThread }.
// It loads its fonts, then waits for { resume: { start, pages, parts } } (where the thread before
// stopped), so a thread can get ready while the one before finishes.
//
// Typst's memory grows with the pages of one compile (about 60 KB a row), so a long list is laid
// out a part at a time: each compile lays out `rowsPerPart` rows from the row that opened the last
// part's last page (that page is left out). Each part's PDF is posted as { part, keep } (bytes
// transferred) for the joining thread. What a compile leaves behind is only given back when the
// thread ends, so after `partsPerThread` parts this thread posts { next: resume } and ends, and a
// fresh one goes on (it is asked for by { soon: true } as this one starts its last part). The thread that lays out the last rows also compiles the footers ("Page X of
// Y" needs the total): { footers, meta, pages, parts }. On failure: { error }.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const { template, fonts, data: json, rowsPerPart, partsPerThread } = workerData;

// Characters only the Chinese font draws (CJK, kana, hangul, full-width forms, symbols Noto Sans
// lacks). The two 8 MB faces cost a quarter of a second each to load: only when printed.
const CJK = /[\u1100-\u11ff\u2190-\u2bff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud8bf][\udc00-\udfff]/;

/** The font files this document needs: the bold Chinese face only if bold text (anything but a row) holds CJK. */
function fontsFor(data) {
  const files = [...fonts.always];
  if (CJK.test(json)) {
    files.push(fonts.cjk);
    const labels = data.signatories.groups.map((g) => [g.kind, g.tier, g.label]);
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
      // The tier's and the country's names only above its first row; a group continued from the last part goes on without them.
      out.push({ kind: from === 0 ? (g.kind ?? null) : null, tier: from === 0 ? g.tier : null, label: from === 0 ? g.label : null, first: first + from, rows: g.rows.slice(from, to) });
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

// Typst's PDF as bytes of their own, ready to be transferred.
const own = (pdf) => new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
const send = (message, bytes) => parentPort.postMessage(message, [bytes.buffer]);

try {
  const data = JSON.parse(json);
  const { groups } = data.signatories;
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const compiler = NodeCompiler.create({ workspace: dirname(template), fontArgs: [{ fontBlobs: fontsFor(data) }] });
  const meta = { ...data, signatories: { ...data.signatories, groups: [] } };
  const resume = await new Promise((resolve) => parentPort.once("message", (message) => resolve(message.resume)));
  let { start, pages, parts } = resume;
  if (parts === 0) {
    const letter = compile(compiler, { ...meta, letter: true });
    const pdf = own(compiler.pdf(letter, { pdfTags: false }));
    send({ part: pdf, keep: letter.numOfPages }, pdf);
    pages += letter.numOfPages;
  }
  for (let here = 0; here < partsPerThread; here++) {
    // The rest in this part if it is short: a compile of a few rows costs more than it saves.
    const count = total - start <= rowsPerPart * 1.25 ? total - start : rowsPerPart;
    const partGroups = slice(groups, start, count);
    const end = start + partGroups.reduce((n, g) => n + g.rows.length, 0);
    const last = end >= total;
    if (here === partsPerThread - 1 && !last) parentPort.postMessage({ soon: true });
    // A page holds at most about 60 rows: the last MARKED rows are sure to include the last page's first.
    const marked = last ? end : Math.max(start, end - MARKED);
    const doc = compile(compiler, { ...meta, part: { opening: start === 0, groups: partGroups, marked, end } });
    // The row that opens this part's last page: the next part starts with it, and the page goes.
    const carry = last ? null : compiler.query(doc, { selector: "<carry>", field: "value" })[0];
    const keep = carry != null && carry > start ? doc.numOfPages - 1 : doc.numOfPages;
    const pdf = own(compiler.pdf(doc, { pdfTags: false }));
    send({ part: pdf, keep }, pdf);
    pages += keep;
    start = keep < doc.numOfPages ? carry : end;
    parts++;
    if (start >= total) break;
    // What Typst memoised for this part is no use to the next one.
    compiler.evictCache(0);
  }
  if (start < total) parentPort.postMessage({ next: { start, pages, parts } });
  else {
    const pdf = own(compiler.pdf(compile(compiler, { ...meta, footers: pages }), { pdfTags: false }));
    send({ footers: pdf, meta: { title: data.title, description: data.description, lang: data.lang }, pages, parts }, pdf);
  }
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
