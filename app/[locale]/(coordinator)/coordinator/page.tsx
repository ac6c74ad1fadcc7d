import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listLettersFor } from "@/lib/letters/queries";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getTranslations("coordinator.letters"))("title") });

export default async function CoordinatorHome() {
  const user = await requireUser("/coordinator");
  const letters = await listLettersFor(user);
  const t = await getTranslations("coordinator");
  return (
    <div className="stack">
      <div className="button-row" style={{ justifyContent: "space-between" }}>
        <h1>{t("letters.title")}</h1>
        <Link className="button" href="/coordinator/letters/new">{t("letters.new")}</Link>
      </div>
      {letters.length === 0 && <p>{user.role === "admin" ? t("letters.none") : t("letters.noneAssigned")}</p>}
      <ul className="letter-cards">
        {letters.map((l) => (
          <li key={l.id} className="card">
            <h2><Link href={`/coordinator/letters/${l.id}`}>{l.title}</Link></h2>
            <p className="button-row">
              <span className={`badge badge--${l.status}`}>{t(`status.${l.status}`)}</span>
              <span>{t("letters.approved", { count: l.approvedCount })}</span>
              <span>· {t("letters.awaiting", { count: l.awaitingReview })}</span>
              {l.deadline && <span className="muted">· {t("letters.deadline", { date: l.deadline.toISOString().slice(0, 16).replace("T", " ") + " UTC" })}</span>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
