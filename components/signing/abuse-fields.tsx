"use client";

import { lazy, Suspense, useContext, useEffect, useRef, useState } from "react";
import { ProofGate } from "@/components/signing/proof-gate";
import type { Widget } from "@/components/signing/proof-widget";
import type { SignFormWords } from "@/components/signing/sign-form-words";
import type { Locale } from "@/lib/i18n/locales";

type Props = { honeypotName: string; proofName: string; challengeUrl: string; locale: Locale; words: SignFormWords["abuse"] };

/** The widget and altcha's code: fetched when a signer starts, never for a reader who only reads. */
const ProofWidget = lazy(() => import("@/components/signing/proof-widget"));

/** How long a submit waits for a proof before it is sent without one (a challenge that never comes). */
const PROOF_WAIT_MS = 30_000;
/** How long the widget may stay failed before the submit goes without a proof. */
const ERROR_GRACE_MS = 2_000;
const POLL_MS = 150;

/**
 * The sign form's anti-abuse fields. The honeypot is hidden from people (and screen readers) and
 * left empty by them. The proof-of-work widget only exists with JavaScript: when the signer first
 * focuses or types in the form, its code (and altcha's) is fetched, it gets a challenge from our
 * own server and solves it while the form is filled in.
 * A submit before the proof is solved (autofill makes that common) waits for it: the form asks
 * through ProofGate, so a signer with JavaScript is never sent down the no-proof path by haste.
 * Without JavaScript nothing is sent, and the server applies a stricter rate limit instead.
 */
export function AbuseFields({ honeypotName, proofName, challengeUrl, locale, words }: Props) {
  const [started, setStarted] = useState(false);
  const widget = useRef<Widget | null>(null);
  const honeypot = useRef<HTMLDivElement>(null);
  const gate = useContext(ProofGate);

  useEffect(() => {
    const form = honeypot.current?.closest("form");
    if (!form || started) return;
    const start = () => {
      // altcha's code in parallel with the widget's own, rather than one after the other.
      void import("altcha");
      setStarted(true);
    };
    // A signer who was already in the form before the page came alive sent no event we heard.
    if (form.contains(document.activeElement)) {
      start();
      return;
    }
    form.addEventListener("focusin", start);
    form.addEventListener("input", start);
    return () => {
      form.removeEventListener("focusin", start);
      form.removeEventListener("input", start);
    };
  }, [started]);

  useEffect(() => {
    if (!gate) return;
    gate.current = {
      name: proofName,
      // Polled rather than driven by the widget's events: the widget may not exist yet, may be
      // restarted, and writes its payload field only after it announces a state.
      wait: () =>
        new Promise<void>((resolve) => {
          setStarted(true);
          const since = Date.now();
          let failingSince: number | null = null;
          const check = () => {
            const el = widget.current;
            const state = el?.getState?.();
            const form = el?.closest("form");
            if (form && new FormData(form).get(proofName)) return resolve();
            if (state === "error") failingSince ??= Date.now();
            else failingSince = null;
            const now = Date.now();
            if (now - since > PROOF_WAIT_MS || (failingSince !== null && now - failingSince > ERROR_GRACE_MS)) return resolve();
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

  return (
    <>
      <div className="visually-hidden" aria-hidden="true" ref={honeypot}>
        <label htmlFor="sign-leave-empty">{words.honeypot}</label>
        <input id="sign-leave-empty" name={honeypotName} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {started && (
        <Suspense fallback={null}>
          <ProofWidget widgetRef={widget} proofName={proofName} challengeUrl={challengeUrl} locale={locale} words={words.widget} />
        </Suspense>
      )}
    </>
  );
}
