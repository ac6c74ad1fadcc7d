import { getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/ui/local-link";

/** A page that does not exist, in the reader's language (its status stays 404). */
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="stack">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p><LocalLink href="/">{t("backHome")}</LocalLink></p>
    </div>
  );
}
