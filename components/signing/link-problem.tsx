import { LocalLink } from "@/components/ui/local-link";
import { useTranslations } from "next-intl";
import type { SigningLinkProblem } from "@/lib/letters/signing-links";

/** Why a private signing link does not open its letter, and what to do; the letter itself is never shown. */
export function LinkProblem({ problem }: { problem: SigningLinkProblem }) {
  const t = useTranslations("founding.problem");
  return (
    <section className="card stack" aria-labelledby="problem-heading" data-problem={problem}>
      <h1 id="problem-heading">{t(`${problem}.title`)}</h1>
      <p>{t(`${problem}.body`)}</p>
      <p><LocalLink href="/">{t("home")}</LocalLink></p>
    </section>
  );
}
