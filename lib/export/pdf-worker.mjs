// One PDF render, off the request thread (lib/export/pdf-render.ts starts it as a worker thread).
// Plain JavaScript, read from disk at run time: neither bundled by Next nor compiled by tsx.
// workerData: { template (path of the .typ file), fonts ({ always, cjk, cjkBold }: paths of font
// files), data (the JSON text lib/export/pdf.ts builds), rowsPerPart }. Posts { pdf, pages, parts,
// maxRSS } (the PDF's bytes are transferred, not copied) or { error }.
//
// Typst's memory grows with the pages of one compile (about 60 KB a row) and is only given back
// when the thread ends, so a long list is laid out a part at a time: each compile lays out
// `rowsPerPart` rows from where the last one stopped, the parts are joined with pdf-lib, and the
// footers ("Page X of Y" needs the total) come from one last compile drawn over every page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

// pdf-lib's one-file build: its default entry is some 300 CommonJS files, 0.4 s of CPU to load per worker.
const pdfLib = createRequire(import.meta.url)("pdf-lib/dist/pdf-lib.min.js");
const { PDFArray, PDFDocument, PDFName, PDFObjectCopier, PDFRawStream, PDFRef } = pdfLib;
const { template, fonts, data: json, rowsPerPart } = workerData;

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

/**
 * Draws page i of `footers` over page i of `out`. Each footer page's content stream, still
 * compressed, becomes a form XObject with the page's resources (pdf-lib's embedPdf would inflate
 * and deflate every one again: most of the join's time), drawn after the page's own content.
 */
async function drawFooters(out, footers) {
  const { context } = out;
  const copier = PDFObjectCopier.for(footers.context, context);
  const open = context.register(context.stream("q\n"));
  const close = context.register(context.stream("Q\n"));
  const name = PDFName.of("Contents");
  footers.getPages().forEach((footer, i) => {
    const stream = footer.node.Contents();
    if (!(stream instanceof PDFRawStream)) throw new Error("Typst wrote a footer page without a single content stream");
    const form = copier.copy(stream);
    const { width, height } = footer.getSize();
    form.dict.set(PDFName.of("Type"), PDFName.of("XObject"));
    form.dict.set(PDFName.of("Subtype"), PDFName.of("Form"));
    form.dict.set(PDFName.of("BBox"), context.obj([0, 0, width, height]));
    form.dict.set(PDFName.of("Resources"), copier.copy(footer.node.Resources()));
    const page = out.getPage(i).node;
    const key = page.newXObject("Footer", context.register(form));
    // The page's own drawing in q … Q, so whatever state it leaves does not move the footer.
    const own = page.get(name);
    const contents = own instanceof PDFArray ? own.asArray() : own instanceof PDFRef ? [own] : [];
    page.set(name, context.obj([open, ...contents, close, context.register(context.stream(`q ${key} Do Q\n`))]));
  });
}

const source = readFileSync(template, "utf8");
const MARKED = 200;

try {
  const data = JSON.parse(json);
  const { groups } = data.signatories;
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const compiler = NodeCompiler.create({ workspace: dirname(template), fontArgs: [{ fontBlobs: fontsFor(data) }] });
  const meta = { ...data, signatories: { ...data.signatories, groups: [] } };
  const out = await PDFDocument.create({ updateMetadata: false });
  const append = async (pdf, count) => {
    const part = await PDFDocument.load(pdf, { updateMetadata: false });
    for (const page of await out.copyPages(part, Array.from({ length: count }, (_, i) => i))) out.addPage(page);
  };
  const letter = compile(compiler, { ...meta, letter: true });
  await append(compiler.pdf(letter, { pdfTags: false }), letter.numOfPages);
  let start = 0;
  let parts = 0;
  do {
    const partGroups = slice(groups, start, rowsPerPart);
    const end = start + partGroups.reduce((n, g) => n + g.rows.length, 0);
    const last = end >= total;
    // A page holds at most about 60 rows: the last MARKED rows are sure to include the last page's first.
    const marked = last ? end : Math.max(start, end - MARKED);
    const doc = compile(compiler, { ...meta, part: { opening: start === 0, groups: partGroups, marked, end } });
    // The row that opens this part's last page: the next part starts with it, and the page goes.
    const carry = last ? null : compiler.query(doc, { selector: "<carry>", field: "value" })[0];
    const keep = carry != null && carry > start ? doc.numOfPages - 1 : doc.numOfPages;
    await append(compiler.pdf(doc, { pdfTags: false }), keep);
    start = keep < doc.numOfPages ? carry : end;
    parts++;
    // What Typst memoised for this part is no use to the next one.
    compiler.evictCache(0);
  } while (start < total);

  const pages = out.getPageCount();
  const footers = compile(compiler, { ...meta, footers: pages });
  await drawFooters(out, await PDFDocument.load(compiler.pdf(footers, { pdfTags: false }), { updateMetadata: false }));
  out.setTitle(data.title);
  out.setSubject(data.description);
  out.setAuthor("Undersigned");
  out.setLanguage(data.lang);
  out.setCreator("Undersigned (Typst, pdf-lib)");
  out.setProducer("Undersigned");
  // No object streams: a reader (and the tests) finds the link annotations as plain objects.
  const bytes = await out.save({ useObjectStreams: false });
  parentPort.postMessage({ pdf: bytes, pages, parts, maxRSS: process.resourceUsage().maxRSS }, [bytes.buffer]);
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
