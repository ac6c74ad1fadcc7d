// One PDF render, off the request thread (lib/export/pdf-render.ts starts it as a worker thread).
// Plain JavaScript, read from disk at run time: neither bundled by Next nor compiled by tsx.
// workerData: { template (path of the .typ file), fonts (paths of the font files), data (the
// JSON text of /data.json) }. Posts { pdf, pages } (the PDF's bytes are transferred, not copied)
// or { error }.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const { template, fonts, data } = workerData;
try {
  const compiler = NodeCompiler.create({
    workspace: dirname(template),
    // Font files, not folders: only the faces the template names are loaded.
    fontArgs: [{ fontBlobs: fonts.map((file) => readFileSync(file)) }],
  });
  // The data is a file the template reads, never text spliced into it.
  compiler.mapShadow(`${dirname(template)}/data.json`, Buffer.from(data));
  const result = compiler.compile({ mainFileContent: readFileSync(template, "utf8") });
  const doc = result.result;
  if (!doc) {
    const diagnostics = result.takeDiagnostics()?.shortDiagnostics ?? [];
    throw new Error(`Typst: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
  }
  const pages = doc.numOfPages;
  // Untagged: a tenth of the size for a long list, and poppler reads it without complaint.
  const pdf = compiler.pdf(doc, { pdfTags: false });
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
  parentPort.postMessage({ pdf: bytes, pages, maxRSS: process.resourceUsage().maxRSS }, [bytes.buffer]);
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
