import { LocalLink } from "@/components/ui/local-link";
import { useTranslations } from "next-intl";
import type { TokenProblemCode } from "@/lib/signatures/queries";

/** A clear page for a used, unknown or expired link: what happened and what to do next. */
export function TokenProblem({ code, letterSlug }: { code: TokenProblemCode; letterSlug?: string }) {
  const t = useTranslations("signing");
  const errors = useTranslations("errors");
  return (
    <section className="card stack" aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t(`tokenTitles.${code}`)}</h1>
      <p>{errors(code)}</p>
      <p>
        <LocalLink href={letterSlug ? `/letters/${letterSlug}` : "/"}>{letterSlug ? t("backToLetter") : t("allLetters")}</LocalLink>
      </p>
    </section>
  );
}
