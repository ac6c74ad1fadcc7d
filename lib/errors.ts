/**
 * The one registry of errors a user can cause. Every failure the app reports is `{ ok: false, code }`
 * with a code from this list, and every code has exactly one text, under "errors" in
 * messages/<locale>/errors.json (a test checks both directions). Field-level codes name what is wrong
 * with one answer; forms may word them for their field (see the sign form), never invent new codes.
 * Unexpected errors are not in this list: they are logged with context and shown as UNEXPECTED.
 */
export const ERROR_CODES = [
  // Who is asking
  "UNAUTHENTICATED",
  // A letter, signature or person that does not exist or that the caller may not touch:
  // one answer for both, so the existence of a letter is not revealed.
  "NOT_FOUND",
  "INVALID_INPUT",
  "NONE_SELECTED",
  // Letters
  "SLUG_TAKEN",
  "SLUG_LOCKED",
  "LETTER_CLOSED",
  "LETTER_DELIVERED",
  "INVALID_TRANSITION",
  "DEADLINE_PASSED",
  // A PDF asked for in a language the letter has no current translation in (none, or out of date).
  "NO_CURRENT_TRANSLATION",
  // A delivery's confirmation showed a text version or a number of signatories that changed since.
  "SNAPSHOT_CHANGED",
  // Signing, confirming, withdrawing
  "TOKEN_UNKNOWN",
  "TOKEN_USED",
  "TOKEN_EXPIRED",
  "NOT_WITHDRAWABLE",
  "RATE_LIMITED",
  "BOT_SUSPECTED",
  // A signature as an organisation on a letter for individuals only, or the other way round.
  "SIGNER_KIND_NOT_TAKEN",
  // Moderation and people
  "ALREADY_ERASED",
  // Adding a signature by hand or by import: the address already signed this letter (one signature per address).
  "ALREADY_SIGNED",
  "OWN_ACCESS",
  // One answer of a form
  "REQUIRED",
  "TOO_LONG",
  "TOO_SHORT",
  "INVALID_SLUG",
  "INVALID_DEADLINE",
  "INVALID_EMAIL",
  "INVALID_COUNTRY",
  "INVALID_WEBSITE",
  "INVALID_CHARACTERS",
  "INVALID_VALUE",
  // Too much work already queued (a large export); try again shortly.
  "BUSY",
  // Something broke on our side; nothing was saved.
  "UNEXPECTED",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);

/** First problem per field of a form, as codes. */
export type FieldErrors<F extends string = string> = Partial<Record<F, ErrorCode>>;

export type Failure<C extends ErrorCode = ErrorCode> = { ok: false; code: C; fieldErrors?: FieldErrors };

/** What every library mutation and every server action returns. */
export type Result<T extends object = object, C extends ErrorCode = ErrorCode> = ({ ok: true } & T) | Failure<C>;

export const fail = <C extends ErrorCode>(code: C): Failure<C> => ({ ok: false, code });

/**
 * A zod error as field errors: the first issue per field, whose message is the code the schema
 * set (`z.string().min(1, "REQUIRED")`). A message that is not a code becomes INVALID_VALUE.
 */
export function fieldErrorsFrom<F extends string = string>(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as F;
    errors[field] ??= isErrorCode(issue.message) ? issue.message : "INVALID_VALUE";
  }
  return errors;
}
