import "server-only";
import type { ReactNode } from "react";
import { Link, Text, View, type Styles } from "@react-pdf/renderer";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { List, Nodes, PhrasingContent, RootContent } from "mdast";
import { rtl as rtlStyles, styles } from "@/lib/export/pdf-styles";

type Style = Styles[string];

/** A text's style, right to left when the text is Arabic. */
const dir = (rtl: boolean, style: Style) => (rtl ? [style, rtlStyles.text] : style);

/**
 * The letter's Markdown as react-pdf elements: the same CommonMark parser react-markdown uses for
 * the web page, so both show the same structure. Raw HTML is printed as text, never interpreted.
 * `rtl` lays it out right to left (an Arabic text).
 */
export function MarkdownBody({ source, rtl = false }: { source: string; rtl?: boolean }) {
  return <View>{blocks(fromMarkdown(source).children, rtl)}</View>;
}

// In a tight list (no blank lines between items) paragraphs get no space of their own.
function blocks(nodes: RootContent[], rtl: boolean, tight = false): ReactNode[] {
  return nodes.map((node, i) => block(node, i, rtl, tight));
}

function block(node: RootContent, key: number, rtl: boolean, tight = false): ReactNode {
  switch (node.type) {
    case "heading":
      return (
        <Text key={key} style={dir(rtl, node.depth <= 2 ? styles.h2 : styles.h3)} minPresenceAhead={40}>
          {inline(node.children)}
        </Text>
      );
    case "paragraph":
      return <Text key={key} style={dir(rtl, tight ? styles.tightParagraph : styles.paragraph)}>{inline(node.children)}</Text>;
    case "list":
      return list(node, key, rtl);
    case "blockquote":
      return <View key={key} style={rtl ? [styles.blockquote, rtlStyles.blockquote] : styles.blockquote}>{blocks(node.children, rtl)}</View>;
    case "code":
      return <Text key={key} style={[styles.paragraph, styles.code]}>{node.value}</Text>;
    case "thematicBreak":
      return <View key={key} style={styles.rule} />;
    case "html":
      return <Text key={key} style={dir(rtl, styles.paragraph)}>{node.value}</Text>;
    default:
      // Tables and other extensions are not CommonMark; keep their text rather than drop it.
      return "children" in node ? <View key={key}>{blocks(node.children as RootContent[], rtl)}</View> : null;
  }
}

function list(node: List, key: number, rtl: boolean): ReactNode {
  const start = node.start ?? 1;
  return (
    <View key={key} style={styles.list}>
      {node.children.map((item, i) => (
        <View key={i} style={rtl ? [styles.listItem, rtlStyles.row] : styles.listItem} wrap={false}>
          <Text style={dir(rtl, styles.bullet)}>{node.ordered ? `${start + i}.` : "•"}</Text>
          <View style={styles.listContent}>{blocks(item.children, rtl, !node.spread)}</View>
        </View>
      ))}
    </View>
  );
}

function inline(nodes: PhrasingContent[]): ReactNode[] {
  return nodes.map((node, i) => phrase(node, i));
}

function phrase(node: PhrasingContent, key: number): ReactNode {
  switch (node.type) {
    case "text":
      return node.value;
    case "emphasis":
      return <Text key={key} style={styles.em}>{inline(node.children)}</Text>;
    case "strong":
      return <Text key={key} style={styles.strong}>{inline(node.children)}</Text>;
    case "inlineCode":
      return <Text key={key} style={styles.code}>{node.value}</Text>;
    case "break":
      return "\n";
    case "link":
      return link(node.url, inline(node.children), textOf(node), key);
    case "image":
      return node.alt ?? "";
    default:
      return "children" in node ? inline(node.children as PhrasingContent[]) : "value" in node ? String(node.value) : null;
  }
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

// A printed letter loses the link, so the address follows its text when they differ.
function link(url: string, children: ReactNode[], text: string, key: number): ReactNode {
  const target = linkTarget(url);
  if (target === null) return <Text key={key}>{children}</Text>;
  const shown = text.trim() === url || /^mailto:/.test(url) ? null : <Text style={styles.muted}> ({url})</Text>;
  return (
    <Text key={key}>
      <Link src={target} style={styles.link}>{children}</Link>
      {shown}
    </Text>
  );
}

function textOf(node: Nodes): string {
  if ("value" in node) return String(node.value);
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}
