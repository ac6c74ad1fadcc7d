// The demo letter: English and authoritative, with French and Spanish translations that are current.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_LETTER, seedDemoLetter } from "@/lib/letters/demo";
import { getPublicLetter } from "@/lib/letters/queries";
import { readingText } from "@/lib/letters/translation-status";

test("the demo letter reads in French and Spanish, and in English elsewhere", async () => {
  assert.equal(await seedDemoLetter(), true);
  const letter = await getPublicLetter(DEMO_LETTER.slug);
  assert.ok(letter);
  assert.equal(letter.language, "en");
  const fr = readingText(letter, letter.translations, "fr");
  assert.deepEqual([fr.kind, fr.locale], ["translation", "fr"]);
  assert.match(fr.addressee, /Secrétaire général de l’Union internationale des télécommunications/);
  assert.match(fr.body, /Forum mondial des politiques de télécommunication/);
  const es = readingText(letter, letter.translations, "es");
  assert.deepEqual([es.kind, es.locale], ["translation", "es"]);
  assert.match(es.addressee, /Secretario General de la Unión Internacional de Telecomunicaciones/);
  assert.match(es.body, /Foro Mundial de Política de las Telecomunicaciones/);
  assert.deepEqual([readingText(letter, letter.translations, "ar").note], ["missing"]);
  assert.equal(await seedDemoLetter(), false);
});
