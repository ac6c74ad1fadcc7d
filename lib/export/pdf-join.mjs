// The second half of a PDF render (lib/export/pdf-render.ts starts it as a worker thread of its
// own, so it runs on the other core while Typst lays out the next part). Plain JavaScript, read
// from disk at run time. Messages in: { part, keep } (a part's PDF and how many of its first pages
// to keep), in order, then { footers, meta: { title, description, lang } } (one page per page of
// the joined document). Posts { pdf } (transferred) or { error }, then ends.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

// pdf-lib's one-file build: its default entry is some 300 CommonJS files, 0.4 s of CPU to load.
const { PDFArray, PDFDocument, PDFName, PDFObjectCopier, PDFRawStream, PDFRef } = createRequire(import.meta.url)("pdf-lib/dist/pdf-lib.min.js");

/**
 * Draws page i of `footers` over page i of `out`. Each footer page's content stream, still
 * compressed, becomes a form XObject with the page's resources (pdf-lib's embedPdf would inflate
 * and deflate every one again: most of the join's time), drawn after the page's own content.
 */
function drawFooters(out, footers) {
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

const out = PDFDocument.create({ updateMetadata: false });
let done = out;
parentPort.on("message", (message) => {
  done = done.then(async (doc) => {
    if (message.part) {
      const part = await PDFDocument.load(message.part, { updateMetadata: false });
      for (const page of await doc.copyPages(part, Array.from({ length: message.keep }, (_, i) => i))) doc.addPage(page);
      return doc;
    }
    drawFooters(doc, await PDFDocument.load(message.footers, { updateMetadata: false }));
    const { meta } = message;
    doc.setTitle(meta.title);
    doc.setSubject(meta.description);
    doc.setAuthor("Undersigned");
    doc.setLanguage(meta.lang);
    doc.setCreator("Undersigned (Typst, pdf-lib)");
    doc.setProducer("Undersigned");
    // No object streams: a reader (and the tests) finds the link annotations as plain objects.
    const pdf = await doc.save({ useObjectStreams: false });
    parentPort.postMessage({ pdf }, [pdf.buffer]);
    parentPort.close();
    return doc;
  }).catch((error) => {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
    parentPort.close();
  });
});
