import { getTranslations } from "next-intl/server";

/** The result of the last moderation post, carried in ?notice= so it works without JavaScript. */
export async function ReviewNotice({ notice }: { notice?: string }) {
  if (!notice) return null;
  const t = await getTranslations("coordinator.moderation.notice");
  const m = /^(approved|rejected)-(\d+)-(\d+)$/.exec(notice);
  if (m) {
    const [, kind, changed, skipped] = m;
    return (
      <p className={`notice ${Number(skipped) ? "notice--error" : "notice--ok"}`} role="status">
        {t(kind as "approved", { count: Number(changed) })}
        {Number(skipped) > 0 && <> {t("skipped", { count: Number(skipped) })}</>}
      </p>
    );
  }
  if (notice === "renamed" || notice === "erased") {
    return <p className="notice notice--ok" role="status">{t(notice)}</p>;
  }
  if (notice === "none_selected" || notice === "invalid") {
    return <p className="notice notice--error" role="alert">{t(notice)}</p>;
  }
  return null;
}
