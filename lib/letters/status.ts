/**
 * A letter's life: draft (only coordinators see it) -> open (public, signable) -> closed (public,
 * not signable; the deadline closes it by itself) -> delivered (sent to the addressee).
 * A closed letter may be reopened (e.g. the deadline was extended); nothing leaves delivered.
 */
export const LETTER_STATUSES = ["draft", "open", "closed", "delivered"] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_EVENTS = ["publish", "close", "reopen", "deliver"] as const;
export type LetterEvent = (typeof LETTER_EVENTS)[number];

const transitions: Record<LetterEvent, Partial<Record<LetterStatus, LetterStatus>>> = {
  publish: { draft: "open" },
  close: { open: "closed" },
  reopen: { closed: "open" },
  deliver: { open: "delivered", closed: "delivered" },
};

export function letterTransition(from: string, event: LetterEvent): LetterStatus | null {
  return transitions[event][parseLetterStatus(from)] ?? null;
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
export const isSignable = (letter: { status: string; deadline: Date | null }, now = new Date()): boolean =>
  effectiveLetterStatus(letter, now) === "open";
