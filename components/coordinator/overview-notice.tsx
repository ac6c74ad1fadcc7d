import { getTranslations } from "next-intl/server";

/** Turns the ?notice= code a form post redirected with into a message. Unknown codes show nothing. */
export async function OverviewNotice({ notice }: { notice?: string }) {
  if (!notice) return null;
  const t = await getTranslations("coordinator");
  const [kind, value = ""] = notice.split(/-(.*)/s);
  let text: string | null = null;
  let tone = "notice--ok";
  if (notice === "saved") text = t("overview.saved");
  else if (kind === "version" && /^\d+$/.test(value)) text = t("overview.savedNewVersion", { version: value });
  else if (kind === "status" && ["publish", "close", "reopen", "deliver"].includes(value)) {
    const to = { publish: "open", close: "closed", reopen: "open", deliver: "delivered" }[value] as "open";
    text = t("overview.statusChanged", { status: t(`status.${to}`) });
  } else if (kind === "error" && ["INVALID_TRANSITION", "DEADLINE_PASSED", "NOT_FOUND"].includes(value)) {
    text = t(`overview.errors.${value as "NOT_FOUND"}`);
    tone = "notice--error";
  }
  return text ? <p className={`notice ${tone}`} role="status">{text}</p> : null;
}
