import "server-only";
import { markdownTree, type Block, type Inline } from "@/lib/export/markdown";
import { html, SafeHtml } from "@/lib/mail/html";

/**
 * Markdown written by a coordinator (an update to signatories) as mail HTML: parsed by the same
 * CommonMark parser as the page and the PDF (lib/export/markdown.ts), every string escaped, raw
 * HTML shown as text, links only to http, https and mailto. Headings start at h2, as on the page.
 */
export function markdownHtml(source: string): SafeHtml {
  return html`${markdownTree(source).map(block)}`;
}

function block(b: Block): SafeHtml {
  switch (b.t) {
    case "p":
      return html`<p>${b.c.map(inline)}</p>`;
    case "h": {
      const level = Math.min(b.d + 1, 6);
      return new SafeHtml(`<h${level}>${html`${b.c.map(inline)}`.value}</h${level}>`);
    }
    case "list": {
      const items = b.items.map((item) => html`<li>${item.map(block)}</li>`);
      return b.ordered ? html`<ol start="${b.start}">${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case "quote":
      return html`<blockquote style="margin:0 0 16px;padding-inline-start:12px;border-inline-start:4px solid #c9c6bd">${b.c.map(block)}</blockquote>`;
    case "pre":
    case "html":
      return html`<pre style="white-space:pre-wrap">${b.v}</pre>`;
    case "hr":
      return html`<hr>`;
    case "div":
      return html`<div>${b.c.map(block)}</div>`;
  }
}

function inline(i: Inline): SafeHtml {
  switch (i.t) {
    case "text":
      return html`${i.v}`;
    case "em":
      return html`<em>${i.c.map(inline)}</em>`;
    case "strong":
      return html`<strong>${i.c.map(inline)}</strong>`;
    case "code":
      return html`<code>${i.v}</code>`;
    case "br":
      return html`<br>`;
    case "link":
      return i.url ? html`<a href="${i.url}">${i.c.map(inline)}</a>` : html`${i.c.map(inline)}`;
  }
}
