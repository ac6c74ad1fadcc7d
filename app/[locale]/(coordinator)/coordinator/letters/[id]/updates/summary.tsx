import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { countRecipients } from "@/lib/updates/queries";

/** The overview's section about updates: how many asked for them, and the way to the updates page. Callers check access first. */
export async function UpdatesSummary({ letterId }: { letterId: string }) {
  const [t, count] = await Promise.all([getTranslations("updates.overview"), countRecipients(letterId)]);
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t("heading")}</h2>
      <p>{t("summary", { count })}</p>
      <p><Link href={`/coordinator/letters/${letterId}/updates`}>{t("link")}</Link></p>
    </section>
  );
}
