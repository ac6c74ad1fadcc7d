import Link from "next/link";
import { useTranslations } from "next-intl";

/** A clear page for a used, unknown or expired link: what happened and what to do next. */
export function TokenProblem({ code, letterSlug }: { code: string; letterSlug?: string }) {
  const t = useTranslations("signing");
  return (
    <section className="card stack" aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t(`tokenTitles.${code}` as "tokenTitles.TOKEN_UNKNOWN")}</h1>
      <p>{t(`codes.${code}` as "codes.TOKEN_UNKNOWN")}</p>
      <p>
        <Link href={letterSlug ? `/letters/${letterSlug}` : "/"}>{letterSlug ? t("backToLetter") : t("allLetters")}</Link>
      </p>
    </section>
  );
}
