// The share-image thread (lib/share/image.ts): one Typst compiler with the fonts loaded once, kept
// while images are asked for. Each message { id, data } is laid out by lib/share/share-image.typ
// (data as JSON, never as markup), drawn by Typst as SVG with every glyph as an outline, and
// rasterised by resvg, so the image needs no system font and shows Arabic and Chinese shaped.
// Plain JavaScript, like the PDF's threads: a worker thread runs without the app's TypeScript loader.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { Resvg } from "@resvg/resvg-js";

const { template, fonts } = workerData;
const source = readFileSync(template, "utf8");
const dataFile = join(dirname(template), "share.json");
const compiler = NodeCompiler.create({ workspace: dirname(template), fontArgs: [{ fontBlobs: fonts.map((f) => readFileSync(f)) }] });

/** The image as SVG (also what the tests read: each distinct glyph is one <symbol>). */
function svgOf(data) {
  compiler.mapShadow(dataFile, Buffer.from(JSON.stringify(data)));
  const result = compiler.compile({ mainFileContent: source });
  if (!result.result) throw new Error(`Typst: ${JSON.stringify(result.takeDiagnostics()?.shortDiagnostics ?? []).slice(0, 2000)}`);
  return compiler.plainSvg(result.result);
}

parentPort.on("message", ({ id, data, format }) => {
  try {
    const svg = svgOf(data);
    if (format === "svg") return parentPort.postMessage({ id, svg });
    const png = new Resvg(svg, { fitTo: { mode: "width", value: 1200 }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
