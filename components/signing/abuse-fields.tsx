"use client";

import { createElement, useContext, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ProofGate } from "@/components/signing/proof-gate";

type Props = { honeypotName: string; proofName: string; challengeUrl: string };

/** What the widget can show with a logo, footer and code challenges switched off; the rest stays altcha's English. */
const WIDGET_STRINGS = ["label", "loading", "verifying", "verified", "waitAlert", "verificationRequired", "error", "expired"] as const;

/** How long a submit waits for a proof before it is sent without one (a challenge that never comes). */
const PROOF_WAIT_MS = 30_000;
/** How long the widget may stay failed before the submit goes without a proof. */
const ERROR_GRACE_MS = 2_000;
const POLL_MS = 150;

type Widget = HTMLElement & { verify?: () => Promise<unknown>; getState?: () => string };

/**
 * The sign form's anti-abuse fields. The honeypot is hidden from people (and screen readers) and
 * left empty by them. The proof-of-work widget only exists with JavaScript: it loads its code in
 * the browser, fetches a challenge from our own server and solves it while the form is filled in
 * (from the first focus on a field).
 * A submit before the proof is solved (autofill makes that common) waits for it: the form asks
 * through ProofGate, so a signer with JavaScript is never sent down the no-proof path by haste.
 * Without JavaScript nothing is sent, and the server applies a stricter rate limit instead.
 */
export function AbuseFields({ honeypotName, proofName, challengeUrl }: Props) {
  const t = useTranslations("abuse");
  const locale = useLocale();
  const [ready, setReady] = useState(false);
  const widget = useRef<Widget | null>(null);
  const gate = useContext(ProofGate);

  useEffect(() => {
    if (!gate) return;
    gate.current = {
      name: proofName,
      // Polled rather than driven by the widget's events: the widget may not exist yet, may be
      // restarted, and writes its payload field only after it announces a state.
      wait: () =>
        new Promise<void>((resolve) => {
          const started = Date.now();
          let failingSince: number | null = null;
          const check = () => {
            const el = widget.current;
            const state = el?.getState?.();
            const form = el?.closest("form");
            if (form && new FormData(form).get(proofName)) return resolve();
            if (state === "error") failingSince ??= Date.now();
            else failingSince = null;
            const now = Date.now();
            if (now - started > PROOF_WAIT_MS || (failingSince !== null && now - failingSince > ERROR_GRACE_MS)) return resolve();
            if (el && (state === "unverified" || state === "expired")) void el.verify?.();
            setTimeout(check, POLL_MS);
          };
          check();
        }),
    };
    return () => {
      gate.current = null;
    };
  }, [gate, proofName]);

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
    if (ready && el && el.getState?.() !== "verifying" && el.closest("form")?.contains(document.activeElement)) void el.verify?.();
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
