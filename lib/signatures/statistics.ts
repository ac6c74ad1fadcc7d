import "server-only";
import { raw } from "@prisma/client/runtime/client";
import type { AuthorizedLetter } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/env";
import { SIGNATURE_STATUSES, type SignatureStatus } from "@/lib/signatures/status";

/**
 * The workspace's statistics of a letter: its signatures (every status) over time and by country,
 * counted in the database. For the coordinators of the letter only: the caller passes the
 * AuthorizedLetter that requireLetterAccess gave it.
 */
export type Counts = Record<SignatureStatus, number>;
export type Bucket = { start: string; counts: Counts };
export type LetterStatistics = {
  /** Days, or weeks (starting on Monday) when the signatures span more than MAX_DAYS days. */
  unit: "day" | "week";
  overTime: Bucket[];
  /** The countries with most signatures, most first; the rest together under "other". */
  byCountry: { country: string; counts: Counts }[];
  otherCountries: Counts | null;
};

export const MAX_DAYS = 60;
export const TOP_COUNTRIES = 12;

const zero = (): Counts => Object.fromEntries(SIGNATURE_STATUSES.map((s) => [s, 0])) as Counts;
const isStatus = (s: string): s is SignatureStatus => (SIGNATURE_STATUSES as readonly string[]).includes(s);
const DAY_MS = 86_400_000;
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday on or before a day. */
const weekOf = (day: Date) => new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);

export async function letterStatistics(letter: AuthorizedLetter, today = new Date()): Promise<LetterStatistics> {
  // The day of each signature as text, the same way on both databases (SQLite keeps ISO text).
  const day = databaseProvider() === "sqlite" ? raw(`substr("createdAt", 1, 10)`) : raw(`to_char("createdAt", 'YYYY-MM-DD')`);
  const [perDay, perCountry] = await Promise.all([
    db.$queryRaw<{ day: string; status: string; n: number | bigint }[]>`
      SELECT ${day} AS "day", "status", COUNT(*) AS "n" FROM "Signature" WHERE "letterId" = ${letter.id} GROUP BY 1, 2`,
    db.signature.groupBy({ by: ["country", "status"], where: { letterId: letter.id }, _count: { _all: true } }),
  ]);

  const days = [...new Set(perDay.map((r) => r.day))].sort();
  let overTime: Bucket[] = [];
  let unit: LetterStatistics["unit"] = "day";
  if (days.length > 0) {
    const first = dayOf(days[0]);
    const last = dayOf(isoDay(today) > days.at(-1)! ? isoDay(today) : days.at(-1)!);
    unit = (last.getTime() - first.getTime()) / DAY_MS + 1 > MAX_DAYS ? "week" : "day";
    const bucketOf = (d: Date) => isoDay(unit === "week" ? weekOf(d) : d);
    const buckets = new Map<string, Counts>();
    for (let t = dayOf(bucketOf(first)).getTime(); t <= last.getTime(); t += (unit === "week" ? 7 : 1) * DAY_MS) buckets.set(isoDay(new Date(t)), zero());
    for (const row of perDay) if (isStatus(row.status)) buckets.get(bucketOf(dayOf(row.day)))![row.status] += Number(row.n);
    overTime = [...buckets].map(([start, counts]) => ({ start, counts }));
  }

  const countries = new Map<string, Counts>();
  for (const row of perCountry) {
    if (!isStatus(row.status)) continue;
    const counts = countries.get(row.country) ?? zero();
    counts[row.status] += row._count._all;
    countries.set(row.country, counts);
  }
  const total = (c: Counts) => SIGNATURE_STATUSES.reduce((sum, s) => sum + c[s], 0);
  const ranked = [...countries].map(([country, counts]) => ({ country, counts })).sort((a, b) => total(b.counts) - total(a.counts) || a.country.localeCompare(b.country));
  const rest = ranked.slice(TOP_COUNTRIES);
  const otherCountries = rest.length === 0 ? null : rest.reduce((sum, r) => {
    for (const s of SIGNATURE_STATUSES) sum[s] += r.counts[s];
    return sum;
  }, zero());
  return { unit, overTime, byCountry: ranked.slice(0, TOP_COUNTRIES), otherCountries };
}
