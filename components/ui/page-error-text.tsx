"use client";

import { createContext, useContext } from "react";

/** What an error boundary says, in the page's language. */
export type PageErrorWords = { title: string; apology: string; tryAgain: string };

const PageErrorText = createContext<PageErrorWords>({ title: "Something went wrong", apology: "", tryAgain: "Try again" });

/**
 * Hands the root error boundary (app/[locale]/error.tsx) its words from the server, so pages need
 * no catalogue nor next-intl in the browser just in case something fails.
 */
export function PageErrorTextProvider({ words, children }: { words: PageErrorWords; children: React.ReactNode }) {
  return <PageErrorText.Provider value={words}>{children}</PageErrorText.Provider>;
}

export const usePageErrorText = () => useContext(PageErrorText);
