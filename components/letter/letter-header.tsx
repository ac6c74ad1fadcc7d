import { useFormatter, useTranslations } from "next-intl";
import { directionOf } from "@/lib/i18n/locales";
import type { PublicLetter } from "@/lib/letters/queries";
import type { ReadingText } from "@/lib/letters/translation-status";

/** The letter's title and addressee as `text` gives them (in their own language), and its facts in the page's. */
export function LetterHeader({ letter, text }: { letter: PublicLetter; text: ReadingText }) {
  const own = { lang: text.locale, dir: directionOf(text.locale) };
  const t = useTranslations("letters");
  const format = useFormatter();
  return (
    <header className="letter-header">
      <p className="letter-status">
        <span className={`badge badge--${letter.status}`}>{t(`status.${letter.status}`)}</span>
      </p>
      <h1 {...own}>{text.title}</h1>
      <dl className="letter-meta">
        <div>
          <dt>{t("to")}</dt>
          <dd {...own}>{text.addressee}</dd>
        </div>
        {letter.publishedAt && (
          <div>
            <dt>{t("date")}</dt>
            <dd>{format.dateTime(letter.publishedAt, { dateStyle: "long" })}</dd>
          </div>
        )}
        {letter.deadline && (
          <div>
            <dt>{t("deadline")}</dt>
            <dd>{format.dateTime(letter.deadline, { dateStyle: "long", timeStyle: "short" })} (UTC)</dd>
          </div>
        )}
        {letter.coordinators.length > 0 && (
          <div>
            <dt>{t("coordinatedBy")}</dt>
            <dd>{letter.coordinators.join(", ")}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
