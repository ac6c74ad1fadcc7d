import { getTranslations } from "next-intl/server";
import { isErrorCode } from "@/lib/errors";

/** What a workspace form post redirected with (lib/actions/urls.ts): ?notice=… or ?error=<CODE>. */
export type ActionParams = {
  notice?: string;
  error?: string;
  version?: string;
  changed?: string;
  skipped?: string;
  invited?: string;
};

const count = (value?: string) => (value && /^\d+$/.test(value) ? Number(value) : 0);

/** One place that turns the outcome of a workspace action into a message. Unknown values show nothing. */
export async function ActionNotice({ params }: { params: ActionParams }) {
  const t = await getTranslations("coordinator");
  if (params.error) {
    if (!isErrorCode(params.error)) return null;
    const te = await getTranslations("errors");
    return <p className="notice notice--error" role="alert">{te(params.error)}</p>;
  }
  const skipped = count(params.skipped);
  let text: string | null = null;
  switch (params.notice) {
    case "saved": text = t("overview.saved"); break;
    case "version": text = t("overview.savedNewVersion", { version: count(params.version) }); break;
    case "publish": case "reopen": text = t("overview.statusChanged", { status: t("status.open") }); break;
    case "close": text = t("overview.statusChanged", { status: t("status.closed") }); break;
    case "deliver": text = t("overview.statusChanged", { status: t("status.delivered") }); break;
    case "approved": text = t("moderation.notice.approved", { count: count(params.changed) }); break;
    case "rejected": text = t("moderation.notice.rejected", { count: count(params.changed) }); break;
    case "renamed": text = t("moderation.notice.renamed"); break;
    case "erased": text = t("moderation.notice.erased"); break;
  }
  if (!text && params.invited) text = t("people.invited", { email: params.invited });
  if (!text) return null;
  return (
    <p className={`notice ${skipped ? "notice--error" : "notice--ok"}`} role="status">
      {text}
      {skipped > 0 && <> {t("moderation.notice.skipped", { count: skipped })}</>}
    </p>
  );
}
