import { createHash } from "node:crypto";
import { contentEtag } from "@/lib/export/http";

/** A public page as rendered once, ready to be sent to every reader. */
export type CachedPage = {
  html: Buffer;
  etag: string;
  /** The SHA-256 sources of the page's inline scripts, for its Content-Security-Policy. */
  scriptHashes: string[];
  /** Response headers of the render worth keeping (Content-Type, Vary, Link). */
  headers: Record<string, string>;
  /** The letter the page shows (its slug); ALL_LETTERS for a page that lists letters. */
  letter: string;
  expiresAt: number;
};

export const ALL_LETTERS = "*";

/**
 * The SHA-256 CSP sources of every inline <script> in a page. Next's renderer writes script
 * contents with `<` escaped, so a script ends at the first `</script`.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(`sha256-${createHash("sha256").update(content, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

export function cachedPage(html: string, headers: Record<string, string>, letter: string, expiresAt: number): CachedPage {
  const body = Buffer.from(html, "utf8");
  return {
    html: body,
    etag: contentEtag(body, 27),
    scriptHashes: inlineScriptHashes(html),
    headers,
    letter,
    expiresAt,
  };
}

const size = (page: CachedPage) => page.html.length;

/**
 * The pages of one server process, bounded in bytes (least recently used go first). A page is
 * rendered once however many readers ask at the same moment: they wait for the same render.
 * Each letter has a generation that moves when the letter changes; a render that started before
 * the change is sent to the readers who waited for it but never stored, so a page cached after a
 * change always shows it.
 */
export class PageStore {
  private pages = new Map<string, CachedPage>();
  private rendering = new Map<string, { letter: string; page: Promise<CachedPage | null> }>();
  private generations = new Map<string, number>();
  /** Moves on clear(), which outdates every render under way, of letters seen or not. */
  private epoch = 0;
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.expiresAt <= now) {
      this.bytes -= size(page);
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  /** The cached page, or the one `render` makes (shared with every concurrent caller of the key). */
  async fill(key: string, letter: string, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    const cached = this.get(key);
    if (cached) return cached;
    const pending = this.rendering.get(key);
    if (pending) return pending.page;
    const generation = this.generationOf(letter);
    const entry = {
      letter,
      page: render().then((page) => {
        if (page && this.generationOf(letter) === generation) this.put(key, page);
        return page;
      }).finally(() => {
        if (this.rendering.get(key) === entry) this.rendering.delete(key);
      }),
    };
    this.rendering.set(key, entry);
    return entry.page;
  }

  /** Drops a letter's pages (and every page listing letters) and outdates renders under way. */
  changed(letter: string): void {
    for (const name of new Set([letter, ALL_LETTERS])) this.generations.set(name, (this.generations.get(name) ?? 0) + 1);
    const outdated = (page: { letter: string }) => page.letter === letter || page.letter === ALL_LETTERS;
    for (const [key, page] of this.pages) if (outdated(page)) this.remove(key, page);
    // A reader who comes after the change must not wait for a render that started before it.
    for (const [key, pending] of this.rendering) if (outdated(pending)) this.rendering.delete(key);
  }

  clear(): void {
    this.epoch += 1;
    this.pages.clear();
    this.rendering.clear();
    this.bytes = 0;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private generationOf(letter: string): string {
    return `${this.epoch}.${this.generations.get(letter) ?? 0}`;
  }

  private put(key: string, page: CachedPage) {
    const previous = this.pages.get(key);
    if (previous) this.remove(key, previous);
    if (size(page) > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += size(page);
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest, old);
    }
  }

  private remove(key: string, page: CachedPage) {
    this.pages.delete(key);
    this.bytes -= size(page);
  }
}
