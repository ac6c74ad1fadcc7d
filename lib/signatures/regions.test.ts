import assert from "node:assert/strict";
import { test } from "node:test";
import { COUNTRY_CODES } from "@/lib/countries";
import { ITU_REGIONS, ituRegionOf, REGION_MEMBERS } from "@/lib/signatures/regions";

test("countries fall in the ITU-D region the ITU lists them in", () => {
  const expected: Record<string, string> = {
    KE: "africa", NG: "africa", ZA: "africa", BR: "americas", CA: "americas", US: "americas", JM: "americas",
    EG: "arab_states", MA: "arab_states", SA: "arab_states", SO: "arab_states", KM: "arab_states", PS: "arab_states",
    RU: "cis", KZ: "cis", BY: "cis", UZ: "cis", IN: "asia_pacific", CN: "asia_pacific", IR: "asia_pacific", AU: "asia_pacific",
    FJ: "asia_pacific", JP: "asia_pacific", FR: "europe", DE: "europe", TR: "europe", UA: "europe", GE: "europe", IL: "europe",
  };
  for (const [country, region] of Object.entries(expected)) assert.equal(ituRegionOf(country), region, country);
});

test("every country code has exactly one region, and each region has members", () => {
  const counts = Object.fromEntries(ITU_REGIONS.map((r) => [r, 0]));
  for (const code of COUNTRY_CODES) counts[ituRegionOf(code)]++;
  assert.equal(Object.values(counts).reduce((a, b) => a + b), COUNTRY_CODES.length);
  // The League of Arab States' 22 members, plus Western Sahara.
  assert.equal(counts.arab_states, 23);
  assert.equal(counts.cis, 10);
  for (const region of ITU_REGIONS) assert.ok(counts[region] > 5, region);
  // No list names a code twice or a code that is not a country.
  const listed = Object.values(REGION_MEMBERS).flatMap((codes) => codes.split(" "));
  assert.equal(new Set(listed).size, listed.length);
  for (const code of listed) assert.ok(COUNTRY_CODES.includes(code), code);
});
