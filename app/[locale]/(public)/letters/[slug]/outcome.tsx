import { LocalLink } from "@/components/ui/local-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getPublicLetter } from "@/lib/letters/queries";
import { readingText } from "@/lib/letters/translation-status";

type Outcome = "checkInbox" | "confirmed" | "withdrawn";

/** The short page a signer lands on after each step: what happened, and what comes next. */
export async function OutcomePage({ params, outcome }: { params: Promise<{ slug: string }>; outcome: Outcome }) {
  const letter = await getPublicLetter((await params).slug);
  if (!letter) notFound();
  const t = await getTranslations(`signing.${outcome}`);
  // The title as this reader was shown it: their language's translation while it is current.
  const { title } = readingText(letter, letter.translations, await getLocale());
  return (
    <section className="card stack" aria-labelledby="outcome-heading">
      <OutcomeWords outcome={outcome} title={title} heading="h1" id="outcome-heading" />
      <p>
        <LocalLink href={`/letters/${letter.slug}`}>{t("back")}</LocalLink>
      </p>
    </section>
  );
}

type WordsProps = { outcome: Outcome; title: string; heading: "h1" | "h3"; id: string };

/** What happened and what comes next: on its own page, or in place of the sign form (with JavaScript). */
export async function OutcomeWords({ outcome, title, heading: Heading, id }: WordsProps) {
  const t = await getTranslations(`signing.${outcome}`);
  return (
    <>
      <Heading id={id}>{t("title")}</Heading>
      <p>{t("body", { title })}</p>
      {t.has("more") && <p className="muted">{t("more")}</p>}
    </>
  );
}
