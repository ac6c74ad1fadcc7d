/**
 * A letter's life. Drafts only coordinators see; open letters are public and signable; closed
 * ones are public but not signable (the deadline also closes a letter by itself: see
 * effectiveLetterStatus); delivered ones were sent to the addressee, and nothing leaves delivered.
 * A new letter starts as INITIAL_LETTER_STATUS.
 *
 *   draft --publish--> open
 *   open --close--> closed
 *   closed --reopen--> open            (e.g. the deadline was extended)
 *   open | closed --deliver--> delivered
 */
export const LETTER_STATUSES = ["draft", "open", "closed", "delivered"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_EVENTS = ["publish", "close", "reopen", "deliver"] as const;
export type LetterEvent = (typeof LETTER_EVENTS)[number];

export const INITIAL_LETTER_STATUS = "draft" satisfies LetterStatus;

const transitions: Record<LetterEvent, Partial<Record<LetterStatus, LetterStatus>>> = {
  publish: { draft: "open" },
  close: { open: "closed" },
  reopen: { closed: "open" },
  deliver: { open: "delivered", closed: "delivered" },
};

export function letterTransition(from: string, event: LetterEvent): LetterStatus | null {
  return transitions[event][parseLetterStatus(from)] ?? null;
}

/** What a coordinator may do next with a letter in this status, in the order of LETTER_EVENTS. */
export function letterEventsFrom(status: string): LetterEvent[] {
  return LETTER_EVENTS.filter((event) => letterTransition(status, event) !== null);
}

export function parseLetterStatus(value: string): LetterStatus {
  if ((LETTER_STATUSES as readonly string[]).includes(value)) return value as LetterStatus;
  throw new Error(`Unknown letter status in the database: ${value}`);
}

/**
 * The status a reader sees: an open letter whose deadline has passed is closed, even before
 * anything has written that down. Every check of "can this be signed" goes through here.
 */
export function effectiveLetterStatus(letter: { status: string; deadline: Date | null }, now = new Date()): LetterStatus {
  const status = parseLetterStatus(letter.status);
  if (status === "open" && letter.deadline && letter.deadline.getTime() <= now.getTime()) return "closed";
  return status;
}

export const isPubliclyVisible = (status: LetterStatus): boolean => status !== "draft";
/** Every status but draft: the letters anyone may read. */
export const PUBLIC_LETTER_STATUSES: LetterStatus[] = LETTER_STATUSES.filter(isPubliclyVisible);
/** Open letters take signatures; so does a delivered one kept open for endorsements (Letter.endorsementsOpen). */
export const isSignable = (letter: { status: string; deadline: Date | null; endorsementsOpen?: boolean }, now = new Date()): boolean => {
  const status = effectiveLetterStatus(letter, now);
  return status === "open" || (status === "delivered" && letter.endorsementsOpen === true);
};
