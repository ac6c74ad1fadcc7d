import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * Fonts for every script signatories write in, read from npm packages (OFL-1.1) so nothing is
 * fetched at run time: Noto Sans (Latin, Cyrillic, Greek), Noto Naskh Arabic, Noto Sans SC.
 * react-pdf embeds only the glyphs used, so the 8 MB Chinese font adds a few kilobytes per PDF.
 * Paths are built from the working directory (the app's root) rather than resolved through the
 * packages, whose `exports` only expose their JavaScript.
 */
const fontsDir = (pkg: string) => path.join(process.cwd(), "node_modules", "@embedpdf", pkg, "fonts");

/** The fallback order: a glyph missing from one family is taken from the next. */
export const FONT_FAMILIES = ["NotoSans", "NotoNaskhArabic", "NotoSansSC"];

let registered = false;

type Faces = { regular: string; bold: string; italic?: string; boldItalic?: string };

// Families without italics reuse the upright face, so emphasis inside Arabic or Chinese still resolves.
function register(family: string, dir: string, faces: Faces) {
  const file = (name: string) => path.join(dir, name);
  Font.register({
    family,
    fonts: [
      { src: file(faces.regular), fontWeight: 400, fontStyle: "normal" },
      { src: file(faces.bold), fontWeight: 700, fontStyle: "normal" },
      { src: file(faces.italic ?? faces.regular), fontWeight: 400, fontStyle: "italic" },
      { src: file(faces.boldItalic ?? faces.bold), fontWeight: 700, fontStyle: "italic" },
    ],
  });
}

export function registerFonts(): void {
  if (registered) return;
  register("NotoSans", fontsDir("fonts-latin"), {
    regular: "NotoSans-Regular.ttf",
    bold: "NotoSans-Bold.ttf",
    italic: "NotoSans-Italic.ttf",
    boldItalic: "NotoSans-BoldItalic.ttf",
  });
  register("NotoNaskhArabic", fontsDir("fonts-arabic"), {
    regular: "NotoNaskhArabic-Regular.ttf",
    bold: "NotoNaskhArabic-Bold.ttf",
  });
  register("NotoSansSC", fontsDir("fonts-sc"), { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" });
  // Organisation names must not be hyphenated at line ends.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
