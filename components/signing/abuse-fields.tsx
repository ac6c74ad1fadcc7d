"use client";

import { createElement, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

type Props = { honeypotName: string; proofName: string; challengeUrl: string };

/**
 * The sign form's anti-abuse fields. The honeypot is hidden from people (and screen readers) and
 * left empty by them. The proof-of-work widget only exists with JavaScript: it loads its code in
 * the browser, fetches a challenge from our own server and solves it while the form is filled in
 * (from the first focus on a field).
 * Without JavaScript nothing is sent, and the server applies a stricter rate limit instead.
 */
export function AbuseFields({ honeypotName, proofName, challengeUrl }: Props) {
  const t = useTranslations("abuse");
  const [ready, setReady] = useState(false);
  const widget = useRef<HTMLElement & { verify?: () => Promise<unknown> }>(null);

  useEffect(() => {
    let live = true;
    import("altcha").then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);

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
          language: "en",
          hidelogo: "",
          hidefooter: "",
          configuration: JSON.stringify({ hideLogo: true, hideFooter: true }),
        })}
    </>
  );
}
