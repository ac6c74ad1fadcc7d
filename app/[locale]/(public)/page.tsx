import { LocalLink } from "@/components/ui/local-link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { directionOf } from "@/lib/i18n/locales";
import { listPublicLetters } from "@/lib/letters/queries";
import { readingText } from "@/lib/letters/translation-status";
import { countMessage } from "@/lib/signatures/kinds";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const locale = await getLocale();
  const [letters, t, format] = await Promise.all([listPublicLetters(locale), getTranslations("letters"), getFormatter()]);
  return (
    <div className="stack">
      <h1>{t("indexTitle")}</h1>
      <p className="muted">{t("indexIntro")}</p>
      {letters.length === 0 ? (
        <p>{t("noLetters")}</p>
      ) : (
        <ul className="letter-list">
          {letters.map((letter) => {
            // The reader's language when a current translation exists, else the authoritative text.
            const text = readingText(letter, letter.translations, locale);
            const own = { lang: text.locale, dir: directionOf(text.locale) };
            return (
              <li key={letter.id} className="card">
                <h2>
                  <LocalLink href={`/letters/${letter.slug}`} {...own}>{text.title}</LocalLink>
                </h2>
                <p className="muted">
                  {t("toAddressee", { addressee: text.addressee })}
                  {letter.publishedAt && <> · {format.dateTime(letter.publishedAt, { dateStyle: "long" })}</>}
                </p>
                <p>
                  <span className={`badge badge--${letter.status}`}>{t(`status.${letter.status}`)}</span>{" "}
                  {t(countMessage(letter.signerKinds), { count: letter.approvedCount })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
