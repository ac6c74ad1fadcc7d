/**
 * The six regions the ITU Telecommunication Development Sector (ITU-D) groups its members in, and
 * the region of each ISO 3166-1 country code. Member States follow ITU-D's list; territories that
 * are not Member States follow the region of the State they belong to (Greenland: Europe, Puerto
 * Rico: Americas, Réunion: Africa), and Antarctica and the uninhabited islands fall to the region
 * nearest. Kosovo (XK) is placed in Europe, by geography, as the ITU has no position here.
 * Pure data: the page's breadth summary (lib/signatures/breadth.ts) and its tests read it.
 */
export const ITU_REGIONS = ["africa", "americas", "arab_states", "asia_pacific", "cis", "europe"] as const;
export type ItuRegion = (typeof ITU_REGIONS)[number];

export const REGION_MEMBERS: Record<Exclude<ItuRegion, "asia_pacific">, string> = {
  // Sub-Saharan Africa, and the African islands and territories.
  africa:
    "AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE LR LS MG ML MU MW MZ NA NE NG RE RW SC SH SL SN SS ST SZ TD TG TZ UG YT ZA ZM ZW",
  americas:
    "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI",
  // The 22 members of the League of Arab States, and Western Sahara.
  arab_states: "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE",
  // ITU-D's CIS region.
  cis: "AM AZ BY KG KZ MD RU TJ TM UZ",
  europe:
    "AD AL AT AX BA BE BG BV CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GL GR HR HU IE IL IM IS IT JE LI LT LU LV MC ME MK MT NL NO PL PT RO RS SE SI SJ SK SM TR UA VA XK",
};

const REGION_OF = new Map<string, ItuRegion>(
  Object.entries(REGION_MEMBERS).flatMap(([region, codes]) => codes.split(" ").map((code) => [code, region as ItuRegion])),
);

/** The ITU-D region of a country code; every other code (Asia and the Pacific, Antarctica) is Asia-Pacific. */
export const ituRegionOf = (country: string): ItuRegion => REGION_OF.get(country) ?? "asia_pacific";
