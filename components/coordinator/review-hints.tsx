import { getTranslations } from "next-intl/server";
import type { ReviewHints as Hints } from "@/lib/moderation/queries";

/** What a coordinator should look at twice: look-alike names, shared domains, free mail, a busy network. */
export async function ReviewHints({ hints, hasWebsite }: { hints: Hints; hasWebsite: boolean }) {
  const t = await getTranslations("coordinator.moderation");
  return (
    <ul className="hints">
      {hints.sameName.length > 0 && (
        <li className="hint--warn">{t("hintSameName", { names: hints.sameName.map((s) => s.name).join(", ") })}</li>
      )}
      {hints.sameDomain > 0 && <li className="hint--warn">{t("hintSameDomain", { count: hints.sameDomain })}</li>}
      {hints.sameNetwork > 0 && <li className="hint--warn">{t("hintSameNetwork", { count: hints.sameNetwork })}</li>}
      {hints.freeMail && <li className="hint--warn">{t("hintFreeMail")}</li>}
      {hints.emailAtWebsite && <li className="hint--ok">{t("hintWebsite")}</li>}
      {!hints.freeMail && !hints.emailAtWebsite && hasWebsite && <li className="hint--warn">{t("hintNoWebsiteMatch")}</li>}
    </ul>
  );
}
