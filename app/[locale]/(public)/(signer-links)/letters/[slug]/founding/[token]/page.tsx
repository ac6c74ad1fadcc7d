import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterBody } from "@/components/letter/letter-body";
import { LetterHeader } from "@/components/letter/letter-header";
import { AbuseFields } from "@/components/signing/abuse-fields";
import { LinkProblem } from "@/components/signing/link-problem";
import { SignForm } from "@/components/signing/sign-form";
import { signFormWords } from "@/components/signing/sign-form-words";
import { signerKindWords } from "@/components/signing/kind-words";
import { kindsOf } from "@/lib/signatures/kinds";
import { HONEYPOT_FIELD, PROOF_FIELD } from "@/lib/abuse/signing-guard";
import { countryOptions } from "@/lib/countries";
import { redirectTo } from "@/lib/i18n/localized";
import { linkedLetter, lookUpSigningLink } from "@/lib/letters/signing-links";
import { readingText } from "@/lib/letters/translation-status";
import { foundingSignAction } from "./actions";

type Props = { params: Promise<{ slug: string; token: string }> };

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("founding"))("page.signHeading") });

/**
 * A draft as the holders of a private signing link read and sign it. A link that does not work
 * shows why, never the letter; once the letter is published, a working link leads to its public page.
 */
export default async function FoundingPage({ params }: Props) {
  const { slug, token } = await params;
  const link = await lookUpSigningLink(slug, token);
  if (!link.ok) return <LinkProblem problem={link.problem} />;
  if (link.status !== "draft") return redirectTo(`/letters/${encodeURIComponent(slug)}`);
  const letter = await linkedLetter(link.letterId);
  if (!letter) return <LinkProblem problem="unknown" />;
  const t = await getTranslations("founding");
  const locale = await getLocale();
  const text = readingText(letter, letter.translations, locale);
  const words = await signFormWords();
  return (
    <article className="stack">
      <p className="notice" data-notice="draft">{t("page.notice")}</p>
      <LetterHeader letter={letter} text={text} />
      <LetterBody markdown={text.body} lang={text.locale} />
      <section aria-labelledby="sign-heading" className="card stack">
        <h2 id="sign-heading">{t("page.signHeading")}</h2>
        <p className="muted">{t("page.signIntro")}</p>
        <SignForm action={foundingSignAction.bind(null, letter.slug, token)} countries={countryOptions(locale)} words={words}
          kinds={kindsOf(letter.signerKinds)} kindWords={await signerKindWords()}
          signed={<><h3 id="signed-heading">{t("outcome.signed.title")}</h3><p>{t("outcome.signed.body")}</p></>}>
          <AbuseFields honeypotName={HONEYPOT_FIELD} proofName={PROOF_FIELD} challengeUrl="/api/altcha" locale={locale} words={words.abuse} />
        </SignForm>
      </section>
    </article>
  );
}
