import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { TokenStep } from "@/components/signing/token-step";
import { confirmAction } from "./actions";

export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("signing.confirm");
  return (
    <TokenStep token={token} purpose="confirm">
      {(signature) => ({
        title: t("title"),
        intro: t("intro", { addressee: signature.letter.addressee }),
        action: (
          <>
            {/* A draft has no public page: its signers read it through their private link. */}
            {signature.letter.status !== "draft" && (
              <p>
                <LocalLink href={`/letters/${signature.letter.slug}`} target="_blank">{t("readLetter")}</LocalLink>
              </p>
            )}
            <form action={confirmAction.bind(null, token)}>
              <button type="submit" className="button">{t("button")}</button>
            </form>
            <p className="muted">{t("afterwards")}</p>
          </>
        ),
      })}
    </TokenStep>
  );
}
