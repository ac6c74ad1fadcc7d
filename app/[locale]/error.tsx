"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

/** An unexpected failure on a public page: logged with its digest, shown as a plain apology. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  const te = useTranslations("errors");
  useEffect(() => {
    console.error("[page] failed", error.digest ?? "", error);
  }, [error]);
  return (
    <div className="stack">
      <h1>{t("errorTitle")}</h1>
      <p className="notice notice--error" role="alert">{te("UNEXPECTED")}</p>
      <button type="button" className="button button--secondary" onClick={reset}>{t("tryAgain")}</button>
    </div>
  );
}
