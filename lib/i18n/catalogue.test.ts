import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { locales } from "@/lib/i18n/locales";

const root = path.join(process.cwd(), "messages");

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === "string") out.set(name, child);
    else for (const [k, v] of flatten(child, name)) out.set(k, v);
  }
  return out;
}

function catalogue(locale: string): Map<string, string> {
  const dir = path.join(root, locale);
  const all = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const ns = file.replace(/\.json$/, "");
    for (const [k, v] of flatten(JSON.parse(readFileSync(path.join(dir, file), "utf8")), ns)) all.set(k, v);
  }
  return all;
}

/** Plural and select arguments, with the categories each one spells out. */
function pluralArguments(elements: MessageFormatElement[], found: { name: string; options: string[] }[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.plural && el.pluralType === "cardinal") found.push({ name: el.value, options: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) pluralArguments(o.value, found);
    if (el.type === TYPE.tag) pluralArguments(el.children, found);
  }
  return found;
}

/** Placeholders a message uses ({name}, {count, plural, …}, <tag>), which every translation must keep. */
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()) {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      names.add(el.value);
      for (const o of Object.values(el.options)) argumentNames(o.value, names);
    }
    if (el.type === TYPE.tag) {
      names.add(`<${el.value}>`);
      argumentNames(el.children, names);
    }
  }
  return names;
}

// French and Spanish have a "many" form only for round millions ("1 000 000 de signataires");
// ICU falls back to "other", which reads right at the sizes a letter reaches.
const OPTIONAL_CATEGORIES: Record<string, string[]> = { fr: ["many"], es: ["many"] };

const english = catalogue("en");

test("the six languages have a catalogue", () => {
  const present = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  assert.deepEqual(present, [...locales].sort());
});

for (const locale of locales) {
  test(`${locale}: the same keys as every other language, each a valid ICU message with the same placeholders`, () => {
    const messages = catalogue(locale);
    assert.deepEqual([...messages.keys()].filter((k) => !english.has(k)), [], `keys only in ${locale}`);
    assert.deepEqual([...english.keys()].filter((k) => !messages.has(k)), [], `keys missing in ${locale}`);
    for (const [key, text] of messages) {
      assert.notEqual(text.trim(), "", `${locale}: ${key} is empty`);
      const ast = parse(text);
      assert.deepEqual([...argumentNames(ast)].sort(), [...argumentNames(parse(english.get(key)!))].sort(), `${locale}: ${key} placeholders`);
    }
  });

  test(`${locale}: every plural names each form the language has`, () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    const required = categories.filter((c) => !(OPTIONAL_CATEGORIES[locale] ?? []).includes(c));
    for (const [key, text] of catalogue(locale)) {
      for (const arg of pluralArguments(parse(text))) {
        const missing = required.filter((c) => !arg.options.includes(c));
        assert.deepEqual(missing, [], `${locale}: ${key} ({${arg.name}, plural}) lacks ${missing.join(", ")}`);
        const unknown = arg.options.filter((o) => !o.startsWith("=") && !categories.includes(o));
        assert.deepEqual(unknown, [], `${locale}: ${key} has forms ${locale} does not have`);
      }
    }
  });
}
