import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenProblem } from "@/components/signing/token-problem";
import { TokenSignatureSummary } from "@/components/signing/token-signature";
import { lookUpToken } from "@/lib/signatures/queries";
import { withdrawAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false } };

export default async function WithdrawPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpToken(token, "withdraw");
  if (!lookup.ok) return <TokenProblem code={lookup.code} />;
  const t = await getTranslations("signing.withdraw");
  return (
    <section className="stack" aria-labelledby="withdraw-heading">
      <h1 id="withdraw-heading">{t("title")}</h1>
      <p>{t("intro")}</p>
      <TokenSignatureSummary signature={lookup.signature} />
      <form action={withdrawAction.bind(null, token)}>
        <button type="submit" className="button button--danger">
          {t("button")}
        </button>
      </form>
    </section>
  );
}
