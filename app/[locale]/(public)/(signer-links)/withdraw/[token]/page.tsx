import { getTranslations } from "next-intl/server";
import { TokenStep } from "@/components/signing/token-step";
import { withdrawAction } from "./actions";

export default async function WithdrawPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("signing.withdraw");
  return (
    <TokenStep token={token} purpose="withdraw">
      {() => ({
        title: t("title"),
        intro: t("intro"),
        action: (
          <form action={withdrawAction.bind(null, token)}>
            <button type="submit" className="button button--danger">{t("button")}</button>
          </form>
        ),
      })}
    </TokenStep>
  );
}
