import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

const TABS = [
  { key: "overview", path: "" },
  { key: "edit", path: "/edit" },
  { key: "translations", path: "/translations" },
  { key: "signatures", path: "/signatures" },
  { key: "statistics", path: "/statistics" },
  { key: "audit", path: "/audit" },
] as const;

/** The sub-navigation shared by a letter's workspace pages; a page reached from one of them names none. */
export async function LetterTabs({ letterId, current }: { letterId: string; current?: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations("coordinator.overview");
  const statistics = await getTranslations("statistics");
  const label = { overview: t("title"), edit: t("edit"), translations: t("translations"), signatures: t("signatures"), statistics: statistics("tab"), audit: t("audit") };
  return (
    <nav aria-label={t("title")}>
      <ul className="tabs">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={`/coordinator/letters/${letterId}${tab.path}`} aria-current={tab.key === current ? "page" : undefined}>
              {label[tab.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
