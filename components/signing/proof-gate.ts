"use client";

import { createContext, type RefObject } from "react";

/**
 * How the sign form waits for the proof-of-work before it sends. The anti-abuse fields fill the
 * ref in when the widget can exist (JavaScript on); without JavaScript nothing is registered and the
 * form posts as it is.
 */
export type ProofWaiter = {
  /** The form field that carries the solved proof. */
  name: string;
  /** Settles when the proof is solved, failed, or took too long; never rejects. */
  wait: () => Promise<void>;
};

export const ProofGate = createContext<RefObject<ProofWaiter | null> | null>(null);
