/**
 * The app's own catalogue, read at test time: specs in other languages assert the words a reader
 * of that language sees without keeping copies of them that could drift from messages/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import IntlMessageFormat from "intl-messageformat";
import type { Locale } from "../../lib/i18n/locales";

const cache = new Map<string, Record<string, unknown>>();

function namespace(locale: Locale, name: string): Record<string, unknown> {
  const file = path.join(process.cwd(), "messages", locale, `${name}.json`);
  let messages = cache.get(file);
  if (!messages) {
    messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    cache.set(file, messages);
  }
  return messages;
}

/** The text of "namespace.path.to.key" in a language, formatted with `values` if it has placeholders. */
export function message(locale: Locale, key: string, values?: Record<string, string | number | Date>): string {
  const [name, ...rest] = key.split(".");
  let node: unknown = namespace(locale, name);
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`No message ${key} in messages/${locale}`);
  return values ? String(new IntlMessageFormat(node, locale).format(values)) : node;
}

/** A pattern matching text that starts with `text` (labels followed by more words, hints). */
export const startingWith = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
