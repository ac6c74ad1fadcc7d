"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

/** An unexpected failure in the workspace: logged with its digest, shown as a plain apology. */
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("coordinator");
  useEffect(() => {
    console.error("[coordinator] page failed", error.digest ?? "", error);
  }, [error]);
  return (
    <div className="stack">
      <p className="notice notice--error" role="alert">{t("UNEXPECTED")}</p>
      <button type="button" className="button button--secondary" onClick={reset}>{tc("tryAgain")}</button>
    </div>
  );
}
