"use client";

import { useEffect } from "react";
import { usePageErrorText } from "@/components/ui/page-error-text";

/** An unexpected failure on a public page: logged with its digest, shown as a plain apology. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = usePageErrorText();
  useEffect(() => {
    console.error("[page] failed", error.digest ?? "", error);
  }, [error]);
  return (
    <div className="stack">
      <h1>{words.title}</h1>
      <p className="notice notice--error" role="alert">{words.apology}</p>
      <button type="button" className="button button--secondary" onClick={reset}>{words.tryAgain}</button>
    </div>
  );
}
