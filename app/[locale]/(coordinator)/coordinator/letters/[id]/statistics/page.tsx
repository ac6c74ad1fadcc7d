import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LetterTabs } from "@/components/coordinator/letter-tabs";
import { StackedBars, type Series } from "@/components/coordinator/stacked-bars";
import { requireLetterAccess } from "@/lib/auth/session";
import { countryName } from "@/lib/countries";
import { letterStatistics } from "@/lib/signatures/statistics";
import { SIGNATURE_STATUSES } from "@/lib/signatures/status";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("statistics"))("title") });

// One colour per status, distinct in greyscale too (the approved are darkest).
const COLOURS: Record<(typeof SIGNATURE_STATUSES)[number], string> = {
  approved: "#1e6b3a",
  confirmed: "#1f4e79",
  pending_confirmation: "#8fb3d9",
  rejected: "#a4262c",
  withdrawn: "#b9b5ab",
};

export default async function StatisticsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const letter = await requireLetterAccess(id, `/coordinator/letters/${id}/statistics`);
  const [stats, t, status, locale, format] = await Promise.all([
    letterStatistics(letter), getTranslations("statistics"), getTranslations("coordinator.signatureStatus"), getLocale(), getFormatter(),
  ]);
  const series: Series[] = SIGNATURE_STATUSES.map((s) => ({ key: s, label: status(s), colour: COLOURS[s] }));
  const number = (n: number) => format.number(n);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <LetterTabs letterId={id} current="statistics" />
      {stats.overTime.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <StackedBars id="over-time" caption={t(stats.unit === "week" ? "overTimeWeeks" : "overTimeDays")} series={series} orientation="vertical"
            bars={stats.overTime.map((b) => ({ label: date(b.start), values: b.counts }))}
            labelHeader={t(stats.unit === "week" ? "weekHeader" : "dayHeader")} totalHeader={t("totalHeader")} format={number} />
          <StackedBars id="by-country" caption={t("byCountry")} series={series} orientation="horizontal"
            bars={[
              ...stats.byCountry.map((c) => ({ label: countryName(c.country, locale), values: c.counts })),
              ...(stats.otherCountries ? [{ label: t("otherCountries"), values: stats.otherCountries }] : []),
            ]}
            labelHeader={t("countryHeader")} totalHeader={t("totalHeader")} format={number} />
        </>
      )}
    </div>
  );
}
