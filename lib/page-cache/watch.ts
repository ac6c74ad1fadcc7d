import "server-only";
import { db } from "@/lib/db";
import { publicVersionOf } from "@/lib/letters/queries";
import { PUBLIC_LETTER_STATUSES } from "@/lib/letters/status";
import { PageStore } from "@/lib/page-cache/store";

/** How often each instance asks the database whether a letter changed: a change shows within a second. */
export const WATCH_INTERVAL_MS = 400;
/** Even with no change seen, a cached page is rendered afresh after this long. */
export const PAGE_TTL_MS = 10 * 60_000;
const MAX_BYTES = 64 * 1024 * 1024;

export type WatchedLetter = { version: string; approvedCount: number; deadline: number | null };

/**
 * What the page cache knows of the letters, read from the database every WATCH_INTERVAL_MS.
 * Every instance of the app watches for itself, so a change made on one instance (a coordinator
 * approving a signature) drops the cached pages of every instance within a second; the instance
 * that made the change drops them before its action answers (`publicPagesChanged`).
 * A letter's version is its public version (lib/letters/queries.ts `publicVersionOf`).
 */
export class LetterWatch {
  /** Public letters by slug; null until the first read succeeds, and after a failed one. */
  letters: Map<string, WatchedLetter> | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly store: PageStore) {}

  /** Starts watching (once per process); resolves when the letters have been read once. */
  async start(): Promise<void> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.read(), WATCH_INTERVAL_MS);
      this.timer.unref();
    }
    if (!this.letters) await this.read();
  }

  /**
   * Reads the letters and drops the pages of every letter whose version moved. A call made while
   * a read is under way waits for a read that starts after it, so a caller who has just committed
   * a change knows the cache has seen it when this resolves.
   */
  read(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading.then(() => this.reading ?? this.read());
    }
    this.reading = this.readOnce().finally(() => {
      this.reading = null;
      if (this.again) {
        this.again = false;
        void this.read();
      }
    });
    return this.reading;
  }

  private async readOnce(): Promise<void> {
    let rows;
    try {
      rows = await db.letter.findMany({
        where: { status: { in: PUBLIC_LETTER_STATUSES } },
        select: { slug: true, revision: true, updatedAt: true, approvedCount: true, deadline: true },
      });
    } catch (error) {
      // Without knowing what changed, nothing cached can be trusted: serve every page fresh until a read works.
      if (this.letters) console.error("[page-cache] cannot read the letters; pages are rendered per request until it can", error);
      this.letters = null;
      this.store.clear();
      return;
    }
    const next = new Map<string, WatchedLetter>();
    for (const row of rows) {
      next.set(row.slug, { version: publicVersionOf(row), approvedCount: row.approvedCount, deadline: row.deadline?.getTime() ?? null });
    }
    const previous = this.letters;
    this.letters = next;
    if (!previous) return this.store.clear();
    for (const [slug, letter] of previous) if (next.get(slug)?.version !== letter.version) this.store.changed(slug);
    for (const slug of next.keys()) if (!previous.has(slug)) this.store.changed(slug);
  }
}

type PageCache = { store: PageStore; watch: LetterWatch };

declare global {
  // Next bundles proxy.ts apart from the pages and actions; both reach the same cache through here.
  var undersignedPageCache: PageCache | undefined;
}

/** The process's page cache. */
export function pageCache(): PageCache {
  if (!globalThis.undersignedPageCache) {
    const store = new PageStore(MAX_BYTES);
    globalThis.undersignedPageCache = { store, watch: new LetterWatch(store) };
  }
  return globalThis.undersignedPageCache;
}

/**
 * Called after a change a reader can see has been committed, by the server action that made it:
 * this instance's cached pages of the letter are gone before the coordinator's next page loads.
 * (Other instances see it at their next read.) A no-op when no page has been cached yet.
 */
export async function publicPagesChanged(): Promise<void> {
  const cache = globalThis.undersignedPageCache;
  if (cache?.watch.letters) await cache.watch.read();
}
