import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterBody } from "@/components/letter/letter-body";
import { LetterHeader } from "@/components/letter/letter-header";
import { LetterResponses } from "@/components/letter/letter-responses";
import { SignatoryList } from "@/components/letter/signatory-list";
import { SupportSummary } from "@/components/letter/support-summary";
import { AbuseFields } from "@/components/signing/abuse-fields";
import { SignForm } from "@/components/signing/sign-form";
import { signFormWords } from "@/components/signing/sign-form-words";
import { signerKindWords } from "@/components/signing/kind-words";
import { kindsOf, listedKinds } from "@/lib/signatures/kinds";
import { kindListPages } from "@/lib/signatures/kind-lists";
import { KindLists } from "@/components/letter/kind-lists";
import { HONEYPOT_FIELD, PROOF_FIELD } from "@/lib/abuse/signing-guard";
import { countryOptions } from "@/lib/countries";
import { pathIn, type Locale } from "@/lib/i18n/locales";
import { languageName } from "@/lib/i18n/language-name";
import { getPublicLetter, type PublicLetter } from "@/lib/letters/queries";
import { readingText, type ReadingText } from "@/lib/letters/translation-status";
import { listPage, SIGNATORIES_PAGE_SIZE } from "@/lib/letters/list-page";
import { approvedListPage } from "@/lib/signatures/queries";
import { supportBreadth } from "@/lib/signatures/breadth";
import { listPublicResponses } from "@/lib/responses/queries";
import { isSignable } from "@/lib/letters/status";
import { Deliveries } from "./deliveries/summary";
import { signAction } from "./actions";
import { OutcomeWords } from "./outcome";
import { UpdatesArchive } from "./updates-archive";
import { UnnamedSignatories } from "./unnamed";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string; ipage?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const letter = await getPublicLetter((await params).slug);
  if (!letter) return {};
  const locale = await getLocale();
  const text = readingText(letter, letter.translations, locale);
  // The share image is made in the page's language (lib/share/); metadataBase (APP_URL) makes it absolute.
  const image = { url: `/${locale}/letters/${letter.slug}/share.png`, width: 1200, height: 630, alt: text.title };
  return {
    title: text.title,
    description: text.addressee,
    openGraph: { type: "article", title: text.title, description: text.addressee, url: `/${locale}/letters/${letter.slug}`, locale, images: [image] },
    twitter: { card: "summary_large_image", title: text.title, description: text.addressee, images: [image] },
  };
}

/**
 * Why the reader is shown what they are shown, in the page's language: a translation yields to the
 * authoritative text (with a link to it); a missing or outdated translation is said to be so.
 */
async function TextNotice({ letter, text, locale }: { letter: PublicLetter; text: ReadingText; locale: Locale }) {
  const t = await getTranslations("letters");
  const source = languageName(letter.language, locale);
  if (text.kind === "translation") {
    return (
      <p className="notice" data-notice="translation">
        {t("translationNotice", { language: source })}{" "}
        <a href={pathIn(letter.language, `/letters/${letter.slug}`)} hrefLang={letter.language}>{t("authoritativeLink", { language: source })}</a>
      </p>
    );
  }
  if (!text.note) return null;
  const reader = languageName(locale, locale);
  const message = text.note === "outdated" ? "translationUpdating" : "notTranslated";
  return <p className="notice" data-notice={text.note}>{t(message, { language: reader, source })}</p>;
}

export default async function LetterPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const letter = await getPublicLetter(slug);
  if (!letter) notFound();
  const t = await getTranslations("letters");
  const locale = await getLocale();
  const text = readingText(letter, letter.translations, locale);
  const query = await searchParams;
  const { page, pages } = listPage(query.page, letter.approvedCount);
  const breadth = await supportBreadth(letter.id);
  // A letter that takes individuals lists them apart from organisations, each list with its own pages.
  const kinds = listedKinds(letter.signerKinds, { organisations: breadth.total, individuals: breadth.individuals.total });
  const [{ sections, tiers }, kindLists] = await Promise.all([
    kinds ? { sections: [], tiers: [] } : approvedListPage(letter.id, page),
    kinds ? kindListPages(letter.id, kinds, breadth, (param) => (param === "ipage" ? query.ipage : query.page)) : null,
  ]);
  const basePath = `/letters/${letter.slug}`;
  const words = await signFormWords();

  return (
    <article className="stack">
      <TextNotice letter={letter} text={text} locale={locale} />
      <LetterHeader letter={letter} text={text} />
      <Deliveries letterId={letter.id} slug={letter.slug} />
      <LetterBody markdown={text.body} lang={text.locale} />
      <LetterResponses responses={await listPublicResponses(letter.id)} basePath={basePath} />

      <section aria-labelledby="sign-heading" className="card stack">
        <h2 id="sign-heading">{t("signHeading")}</h2>
        {/* Open, or delivered and still taking endorsements. */}
        {letter.status === "open" || isSignable(letter) ? (
          <>
            <p className="muted">{t("signIntro")}</p>
            {/* Its words as strings, not a catalogue: next-intl stays on the server. */}
            <SignForm action={signAction.bind(null, letter.slug)} countries={countryOptions(locale)} words={words}
              kinds={kindsOf(letter.signerKinds)} kindWords={await signerKindWords()}
              signed={<OutcomeWords outcome="checkInbox" title={text.title} heading="h3" id="signed-heading" />}>
              <AbuseFields honeypotName={HONEYPOT_FIELD} proofName={PROOF_FIELD} challengeUrl="/api/altcha"
                locale={locale} words={words.abuse} />
            </SignForm>
          </>
        ) : (
          <p className="notice">{t(`notSignable.${letter.status}`)}</p>
        )}
      </section>

      <section aria-labelledby="signatories-heading" id="signatories">
        <h2 id="signatories-heading">{t("signatoriesHeading")}</h2>
        {kindLists ? (
          <KindLists lists={kindLists} pageSize={SIGNATORIES_PAGE_SIZE} basePath={basePath} summary={<SupportSummary breadth={breadth} />}
            unnamed={<UnnamedSignatories letterId={letter.id} />} />
        ) : (
          <>
            <p className="count">{t("signatoryCount", { count: letter.approvedCount })}</p>
            <SupportSummary breadth={breadth} />
            <SignatoryList sections={sections} tiers={tiers} total={letter.approvedCount} page={page}
              pageSize={SIGNATORIES_PAGE_SIZE} basePath={basePath} />
            {page === pages && <UnnamedSignatories letterId={letter.id} />}
          </>
        )}
        {letter.approvedCount > 0 && (
          <p className="downloads">
            <span>{t("download")}</span>
            <a href={`${basePath}/signatories.csv`} download>CSV</a>
            <a href={`${basePath}/signatories.json`}>JSON</a>
          </p>
        )}
      </section>

      <UpdatesArchive letterId={letter.id} language={letter.language} reader={locale} />
    </article>
  );
}
