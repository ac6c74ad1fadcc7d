import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("auth"))("checkInboxTitle") });

/** The same answer for every address, so this page never tells who has access. */
export default async function CheckInboxPage() {
  const t = await getTranslations("auth");
  return (
    <div className="stack" style={{ maxWidth: "32rem" }}>
      <h1>{t("checkInboxTitle")}</h1>
      <p role="status">{t("checkInboxBody")}</p>
      <p className="muted"><Link href="/signin">{t("checkInboxAgain")}</Link></p>
    </div>
  );
}
