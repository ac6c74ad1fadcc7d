import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TokenProblem } from "@/components/signing/token-problem";
import { TokenSignatureSummary } from "@/components/signing/token-signature";
import { lookUpToken } from "@/lib/signatures/queries";
import { confirmAction } from "./actions";

export const dynamic = "force-dynamic";
// The token is in the address: never send it on to another site (same-origin, not no-referrer,
// which would make the browser send "Origin: null" and fail the server action's origin check).
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false } };

export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpToken(token, "confirm");
  if (!lookup.ok) return <TokenProblem code={lookup.code} />;
  const t = await getTranslations("signing.confirm");
  return (
    <section className="stack" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">{t("title")}</h1>
      <p>{t("intro", { addressee: lookup.signature.letter.addressee })}</p>
      <TokenSignatureSummary signature={lookup.signature} />
      <p>
        <Link href={`/letters/${lookup.signature.letter.slug}`} target="_blank">
          {t("readLetter")}
        </Link>
      </p>
      <form action={confirmAction.bind(null, token)}>
        <button type="submit" className="button">
          {t("button")}
        </button>
      </form>
      <p className="muted">{t("afterwards")}</p>
    </section>
  );
}
