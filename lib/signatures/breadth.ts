import "server-only";
import { db } from "@/lib/db";
import { publicVersion } from "@/lib/letters/queries";
import { ORG_TYPES, type OrgType } from "@/lib/signatures/org-types";
import { ITU_REGIONS, ituRegionOf, type ItuRegion } from "@/lib/signatures/regions";
import { PUBLIC_SIGNATURE_STATUS } from "@/lib/signatures/status";

/**
 * How broad a letter's support is, at a glance: how many approved signatories, from how many
 * countries, in each ITU-D region and in each stakeholder group. One grouped count over the
 * approved rows, kept per letter under its public version (as the list's page starts are), so a
 * crowd reading the page does not count again.
 *
 * A signer not named in public (lib/signatures/at-risk.ts) counts like any other; one that did not
 * want its country shown either counts in the total and in its stakeholder group, but in no country
 * and no region (its region is not stated), so the regions may add up to less than the total.
 */
export type Breadth = {
  /** Organisations (individuals are counted apart, below): the regions and groups are theirs. */
  total: number;
  countries: number;
  /** Individuals (lib/signatures/kinds.ts): how many, from how many countries. */
  individuals: { total: number; countries: number };
  /** Every region and every group, in their fixed order, zeros included. */
  regions: { region: ItuRegion; count: number }[];
  groups: { group: OrgType; count: number }[];
};

/** Letters kept at once; the least recently read goes first. */
const KEPT = 200;
const kept = new Map<string, { version: string; breadth: Promise<Breadth> }>();

async function count(letterId: string): Promise<Breadth> {
  const rows = await db.signature.groupBy({
    by: ["kind", "country", "orgType", "hideCountry"],
    where: { letterId, status: PUBLIC_SIGNATURE_STATUS },
    _count: { _all: true },
  });
  const regions = new Map<ItuRegion, number>(ITU_REGIONS.map((r) => [r, 0]));
  const groups = new Map<OrgType, number>(ORG_TYPES.map((g) => [g, 0]));
  const countries = new Set<string>();
  const individuals = { total: 0, countries: new Set<string>() };
  let total = 0;
  for (const row of rows) {
    const n = row._count._all;
    if (row.kind === "individual") {
      individuals.total += n;
      if (!row.hideCountry) individuals.countries.add(row.country);
      continue;
    }
    total += n;
    if (!row.hideCountry) {
      countries.add(row.country);
      regions.set(ituRegionOf(row.country), regions.get(ituRegionOf(row.country))! + n);
    }
    const group = (ORG_TYPES as readonly string[]).includes(row.orgType) ? (row.orgType as OrgType) : "other";
    groups.set(group, groups.get(group)! + n);
  }
  return {
    total,
    countries: countries.size,
    individuals: { total: individuals.total, countries: individuals.countries.size },
    regions: [...regions].map(([region, n]) => ({ region, count: n })),
    groups: [...groups].map(([group, n]) => ({ group, count: n })),
  };
}

/** The breadth of a letter's approved support as of its public version. */
export async function supportBreadth(letterId: string, version?: string): Promise<Breadth> {
  const current = version ?? (await publicVersion(letterId)) ?? "";
  const found = kept.get(letterId);
  if (found && found.version === current) {
    kept.delete(letterId);
    kept.set(letterId, found);
    return found.breadth;
  }
  const entry = { version: current, breadth: count(letterId) };
  kept.set(letterId, entry);
  entry.breadth.catch(() => kept.get(letterId) === entry && kept.delete(letterId));
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(oldest);
  }
  return entry.breadth;
}
