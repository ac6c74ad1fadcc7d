import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

/** What Undersigned keeps about signers, for how long, and who sees it. */
export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  const sections = ["public", "atRisk", "private", "retention", "withdraw", "erasure", "abuse", "mail", "language"] as const;
  return (
    <article className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map((s) => (
        <section key={s}>
          <h2>{t(`${s}.heading`)}</h2>
          <p>{t(`${s}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
