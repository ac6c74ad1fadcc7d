import assert from "node:assert/strict";
import { test } from "node:test";
import { neutraliseCell } from "@/lib/export/neutralise";

test("cells a spreadsheet would run as a formula get a leading quote", () => {
  for (const cell of ["=1+1", "+X", "-X", "@X", "\tX", "\rX", "=HYPERLINK(\"http://x\")"]) {
    assert.equal(neutraliseCell(cell), `'${cell}`);
  }
});

test("ordinary cells are left alone, including a sign later in the text", () => {
  for (const cell of ["Marília Instituto", "a=b", "Access Now - EU", "", "中国互联网观察", "'quoted"]) {
    assert.equal(neutraliseCell(cell), cell);
  }
});
