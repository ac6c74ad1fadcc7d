import { useFormatter, useTranslations } from "next-intl";
import type { PublicLetter } from "@/lib/letters/queries";

export function LetterHeader({ letter }: { letter: PublicLetter }) {
  const t = useTranslations("letters");
  const format = useFormatter();
  return (
    <header className="letter-header">
      <p className="letter-status">
        <span className={`badge badge--${letter.status}`}>{t(`status.${letter.status}`)}</span>
      </p>
      <h1>{letter.title}</h1>
      <dl className="letter-meta">
        <div>
          <dt>{t("to")}</dt>
          <dd>{letter.addressee}</dd>
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
