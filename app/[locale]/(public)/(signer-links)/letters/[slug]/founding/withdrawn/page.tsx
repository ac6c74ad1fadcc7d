import { getTranslations } from "next-intl/server";

/**
 * After withdrawing a signature from a draft. It names no letter: anyone may type this address,
 * and a draft's title is not public.
 */
export default async function Page() {
  const t = await getTranslations("founding.outcome.withdrawn");
  return (
    <section className="card stack" aria-labelledby="outcome-heading">
      <h1 id="outcome-heading">{t("title")}</h1>
      <p>{t("body")}</p>
    </section>
  );
}
