import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listPublicLetters } from "@/lib/letters/queries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [letters, t, format] = await Promise.all([listPublicLetters(), getTranslations("letters"), getFormatter()]);
  return (
    <div className="stack">
      <h1>{t("indexTitle")}</h1>
      <p className="muted">{t("indexIntro")}</p>
      {letters.length === 0 ? (
        <p>{t("noLetters")}</p>
      ) : (
        <ul className="letter-list">
          {letters.map((letter) => (
            <li key={letter.id} className="card">
              <h2>
                <Link href={`/letters/${letter.slug}`}>{letter.title}</Link>
              </h2>
              <p className="muted">
                {t("toAddressee", { addressee: letter.addressee })}
                {letter.publishedAt && <> · {format.dateTime(letter.publishedAt, { dateStyle: "long" })}</>}
              </p>
              <p>
                <span className={`badge badge--${letter.status}`}>{t(`status.${letter.status}`)}</span>{" "}
                {t("signatoryCount", { count: letter.approvedCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
