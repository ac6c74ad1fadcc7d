import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, PhrasingContent, RootContent } from "mdast";

/**
 * The letter's Markdown as a small JSON tree for the PDF template (lib/export/pdf-template.typ),
 * parsed by the same CommonMark parser react-markdown uses for the web page, so both show the same
 * structure. The template sets every string of the tree as text: nothing here becomes Typst markup.
 * Raw HTML is kept as text, never interpreted.
 */
export type Inline =
  | { t: "text"; v: string }
  | { t: "em" | "strong"; c: Inline[] }
  | { t: "code"; v: string }
  | { t: "br" }
  | { t: "link"; url: string | null; shown: string | null; c: Inline[] };

export type Block =
  | { t: "p"; c: Inline[] }
  | { t: "h"; d: number; c: Inline[] }
  | { t: "list"; ordered: boolean; start: number; tight: boolean; items: Block[][] }
  | { t: "quote"; c: Block[] }
  | { t: "pre" | "html"; v: string }
  | { t: "hr" }
  | { t: "div"; c: Block[] };

export function markdownTree(source: string): Block[] {
  return blocks(fromMarkdown(source).children);
}

function blocks(nodes: RootContent[]): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case "heading":
        return [{ t: "h", d: node.depth, c: inline(node.children) }];
      case "paragraph":
        return [{ t: "p", c: inline(node.children) }];
      case "list":
        return [{ t: "list", ordered: Boolean(node.ordered), start: node.start ?? 1, tight: !node.spread, items: node.children.map((item) => blocks(item.children)) }];
      case "blockquote":
        return [{ t: "quote", c: blocks(node.children) }];
      case "code":
        return [{ t: "pre", v: node.value.replace(/\t/g, "    ") }];
      case "thematicBreak":
        return [{ t: "hr" }];
      case "html":
        return [{ t: "html", v: node.value }];
      default:
        // Tables and other extensions are not CommonMark; keep their text rather than drop it.
        return "children" in node ? [{ t: "div", c: blocks(node.children as RootContent[]) }] : [];
    }
  });
}

function inline(nodes: PhrasingContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case "text":
        // Typst draws a tab as nothing, which would join the words around it.
        return [{ t: "text", v: node.value.replace(/\t/g, " ") }];
      case "emphasis":
        return [{ t: "em", c: inline(node.children) }];
      case "strong":
        return [{ t: "strong", c: inline(node.children) }];
      case "inlineCode":
        return [{ t: "code", v: node.value }];
      case "break":
        return [{ t: "br" }];
      case "link": {
        const url = linkTarget(node.url);
        // A printed letter loses the link, so the address follows its text when they differ.
        const shown = url === null || textOf(node).trim() === node.url || /^mailto:/.test(node.url) ? null : node.url;
        return [{ t: "link", url, shown, c: inline(node.children) }];
      }
      case "image":
        return node.alt ? [{ t: "text", v: node.alt }] : [];
      default:
        if ("children" in node) return inline(node.children as PhrasingContent[]);
        return "value" in node ? [{ t: "text", v: String(node.value) }] : [];
    }
  });
}

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * The address a link in the PDF may point to: absolute http, https and mailto only. Anything else
 * (javascript:, data:, file:, a relative path a PDF reader would resolve against the file) is null,
 * and the link is printed as plain text.
 */
export function linkTarget(url: string): string | null {
  // The WHATWG parser strips tabs and newlines inside a scheme ("java\tscript:"), as readers do.
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  return LINK_SCHEMES.has(parsed.protocol) ? parsed.href : null;
}

function textOf(node: Nodes): string {
  if ("value" in node) return String(node.value);
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}
