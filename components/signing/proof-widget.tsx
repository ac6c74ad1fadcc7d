"use client";

import { createElement, useEffect, useState, type RefObject } from "react";
import type { SignFormWords } from "@/components/signing/sign-form-words";
import type { Locale } from "@/lib/i18n/locales";

export type Widget = HTMLElement & { verify?: () => Promise<unknown>; getState?: () => string };

type Props = {
  widgetRef: RefObject<Widget | null>;
  proofName: string;
  challengeUrl: string;
  locale: Locale;
  /** Its words in the page's language, where altcha's own would be English. */
  words: SignFormWords["abuse"]["widget"];
};

/**
 * The proof-of-work widget (altcha), loaded by AbuseFields once a signer starts: it fetches a
 * challenge from our own server and solves it, writing the proof into the form as `proofName`.
 */
export default function ProofWidget({ widgetRef, proofName, challengeUrl, locale, words }: Props) {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    import("altcha").then(() => {
      // The widget takes its words from altcha's global registry, by language: ours go in first.
      globalThis.$altcha.i18n.set(locale, { ...globalThis.$altcha.i18n.get("en"), ...words });
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [words, locale]);

  // It arrives after the signer's first focus: start it now unless they have already left the form.
  useEffect(() => {
    const el = widgetRef.current;
    if (ready && el && el.getState?.() !== "verifying" && el.closest("form")?.contains(document.activeElement)) void el.verify?.();
  }, [ready, widgetRef]);

  return ready
    ? createElement("altcha-widget", {
        ref: widgetRef,
        challenge: challengeUrl,
        name: proofName,
        // Later focuses start it again when a proof has expired.
        auto: "onfocus",
        language: locale,
        hidelogo: "",
        hidefooter: "",
        configuration: JSON.stringify({ hideLogo: true, hideFooter: true }),
      })
    : null;
}
