import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Merges messages/<locale>/*.json; each file's name is its namespace. */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const dir = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (f) => [f.replace(/\.json$/, ""), JSON.parse(await readFile(path.join(dir, f), "utf8"))]),
  );
  return Object.fromEntries(entries);
}
