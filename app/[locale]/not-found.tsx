import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** A page that does not exist, in the reader's language (its status stays 404). */
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="stack">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p><Link href="/">{t("backHome")}</Link></p>
    </div>
  );
}
