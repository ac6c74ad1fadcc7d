"use client";

import { createElement, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";

type Props = { honeypotName: string; proofName: string; challengeUrl: string };

/** What the widget can show with a logo, footer and code challenges switched off; the rest stays altcha's English. */
const WIDGET_STRINGS = ["label", "loading", "verifying", "verified", "waitAlert", "verificationRequired", "error", "expired"] as const;

/**
 * The sign form's anti-abuse fields. The honeypot is hidden from people (and screen readers) and
 * left empty by them. The proof-of-work widget only exists with JavaScript: it loads its code in
 * the browser, fetches a challenge from our own server and solves it while the form is filled in
 * (from the first focus on a field).
 * Without JavaScript nothing is sent, and the server applies a stricter rate limit instead.
 */
export function AbuseFields({ honeypotName, proofName, challengeUrl }: Props) {
  const t = useTranslations("abuse");
  const locale = useLocale();
  const [ready, setReady] = useState(false);
  const widget = useRef<HTMLElement & { verify?: () => Promise<unknown> }>(null);

  useEffect(() => {
    let live = true;
    import("altcha").then(() => {
      // The widget takes its words from altcha's global registry, by language: ours go in first.
      const strings = Object.fromEntries(WIDGET_STRINGS.map((key) => [key, t(`widget.${key}`)]));
      globalThis.$altcha.i18n.set(locale, { ...globalThis.$altcha.i18n.get("en"), ...strings });
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [t, locale]);

  // The widget starts on focus; if the signer was already typing when it arrived, start it now.
  useEffect(() => {
    const el = widget.current;
    if (ready && el && el.closest("form")?.contains(document.activeElement)) void el.verify?.();
  }, [ready]);

  return (
    <>
      <div className="visually-hidden" aria-hidden="true">
        <label htmlFor="sign-leave-empty">{t("honeypot")}</label>
        <input id="sign-leave-empty" name={honeypotName} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {ready &&
        createElement("altcha-widget", {
          ref: widget,
          challenge: challengeUrl,
          name: proofName,
          // Starts when the signer first focuses a field: readers who only read spend no CPU.
          auto: "onfocus",
          language: locale,
          hidelogo: "",
          hidefooter: "",
          configuration: JSON.stringify({ hideLogo: true, hideFooter: true }),
        })}
    </>
  );
}
