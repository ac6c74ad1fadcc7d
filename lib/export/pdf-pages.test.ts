import assert from "node:assert/strict";
import { test } from "node:test";
import { paginate, rowHeight, type Item } from "@/lib/export/pdf-pages";

const row = (name: string): Item => ({ kind: "row", row: { name, country: "France", type: "" } });
const height = (item: Item) => (item.kind === "country" ? 30 : rowHeight(item.row, true, false));

test("every item lands on exactly one page, in order", () => {
  const items = Array.from({ length: 1000 }, (_, i) => row(`Organisation ${i}`));
  const pages = paginate(items, height);
  assert.deepEqual(pages.flat(), items);
  assert.ok(pages.length > 20 && pages.length < 30, `${pages.length} pages`);
});

test("long and wide names count for more lines", () => {
  assert.ok(rowHeight({ name: "x".repeat(120), country: "", type: "" }, true, false) > rowHeight({ name: "x", country: "", type: "" }, true, false));
  assert.ok(rowHeight({ name: "中".repeat(30), country: "", type: "" }, true, false) > rowHeight({ name: "x".repeat(30), country: "", type: "" }, true, false));
});

test("a country heading never ends a page", () => {
  const items: Item[] = [];
  for (let c = 0; c < 60; c++) items.push({ kind: "country", label: `Country ${c}` }, row("A"), row("B"), row("C"));
  for (const page of paginate(items, height)) assert.notEqual(page.at(-1)!.kind, "country");
});
