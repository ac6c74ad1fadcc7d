import "server-only";
import path from "node:path";

/**
 * Fonts for every script signatories write in, read from npm packages (OFL-1.1) so nothing is
 * fetched at run time: Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic, Noto Sans SC
 * (family "Noto Sans S Chinese"). The template names these families and turns Typst's fallback
 * off, so no system font is ever used; Typst embeds only the glyphs used, so the 8 MB Chinese
 * font adds a few kilobytes per PDF.
 * Paths are built from the working directory (the app's root) rather than resolved through the
 * packages, whose `exports` only expose their JavaScript.
 */
const fontsDir = (pkg: string) => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@embedpdf", pkg, "fonts");

/**
 * The font files the template uses: regular and bold of each family, and Noto Sans's italics. The
 * Chinese faces apart: the worker loads them only for a document that prints Chinese (each takes a
 * quarter of a second to load).
 */
export function fontSet(): { always: string[]; cjk: string; cjkBold: string } {
  const latin = fontsDir("fonts-latin");
  const arabic = fontsDir("fonts-arabic");
  const sc = fontsDir("fonts-sc");
  return {
    always: [
      ...["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"].map((f) => path.join(/* turbopackIgnore: true */ latin, f)),
      ...["NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"].map((f) => path.join(/* turbopackIgnore: true */ arabic, f)),
    ],
    cjk: path.join(/* turbopackIgnore: true */ sc, "NotoSansHans-Regular.otf"),
    cjkBold: path.join(/* turbopackIgnore: true */ sc, "NotoSansHans-Bold.otf"),
  };
}

/** Every font file the template may use. */
export function fontFiles(): string[] {
  const { always, cjk, cjkBold } = fontSet();
  return [...always, cjk, cjkBold];
}
