import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { Locale } from "@/lib/i18n/locales";

export { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";

const cache = new Map<Locale, Promise<Record<string, unknown>>>();

/**
 * Merges messages/<locale>/*.json; each file's name is its namespace. Read once per process in
 * production (emails are rendered inside the signing transaction, so no disk reads there);
 * read fresh in development so edits show at once.
 */
export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  if (process.env.NODE_ENV !== "production") return readMessages(locale);
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    cache.set(locale, messages);
    messages.catch(() => cache.delete(locale));
  }
  return messages;
}

async function readMessages(locale: Locale): Promise<Record<string, unknown>> {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (f) => [f.replace(/\.json$/, ""), JSON.parse(await readFile(path.join(dir, f), "utf8"))]),
  );
  return Object.fromEntries(entries);
}
