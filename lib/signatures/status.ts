/**
 * The life of a signature, in one place. Code never writes a status directly: it asks
 * `transition` for the next one, so an impossible move (approving an unconfirmed signature,
 * confirming a rejected one) is a value the caller must handle, not a silent write. A new
 * signature starts as INITIAL_SIGNATURE_STATUS.
 *
 *   pending_confirmation --confirm--> confirmed                 (the signer, through the link in their email)
 *   confirmed | rejected --approve--> approved                  (a coordinator may change their mind)
 *   confirmed | approved --reject--> rejected
 *   pending_confirmation | confirmed | approved --withdraw--> withdrawn   (the signer, through their withdraw link)
 *   pending_confirmation | withdrawn --resubmit--> pending_confirmation   (they sign again: a fresh link)
 *     from pending_confirmation the answers are only proposed: they ride on the new confirm link
 *     and apply when that link confirms; the signature and its earlier links stay as they were
 */
export const SIGNATURE_STATUSES = ["pending_confirmation", "confirmed", "approved", "rejected", "withdrawn"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const SIGNATURE_EVENTS = ["confirm", "approve", "reject", "withdraw", "resubmit"] as const;
export type SignatureEvent = (typeof SIGNATURE_EVENTS)[number];

export const INITIAL_SIGNATURE_STATUS = "pending_confirmation" satisfies SignatureStatus;
/** Signed and confirmed by email: waiting for a coordinator's review. */
export const AWAITING_REVIEW_STATUS = "confirmed" satisfies SignatureStatus;
/** Only approved signatures are public: listed, counted and exported. */
export const PUBLIC_SIGNATURE_STATUS = "approved" satisfies SignatureStatus;

const transitions: Record<SignatureEvent, Partial<Record<SignatureStatus, SignatureStatus>>> = {
  confirm: { pending_confirmation: "confirmed" },
  approve: { confirmed: "approved", rejected: "approved" },
  reject: { confirmed: "rejected", approved: "rejected" },
  withdraw: { pending_confirmation: "withdrawn", confirmed: "withdrawn", approved: "withdrawn" },
  // Signing again with the same address: an unconfirmed signature gets a new link carrying the new
  // answers (resubmitProposes), and someone who withdrew signs anew; either way they confirm by
  // email like the first time.
  resubmit: { pending_confirmation: "pending_confirmation", withdrawn: "pending_confirmation" },
};

export type TransitionResult =
  | { ok: true; from: SignatureStatus; to: SignatureStatus }
  | { ok: false; code: "INVALID_TRANSITION"; from: SignatureStatus; event: SignatureEvent };

export function transition(from: string, event: SignatureEvent): TransitionResult {
  const status = parseSignatureStatus(from);
  const to = transitions[event][status];
  return to ? { ok: true, from: status, to } : { ok: false, code: "INVALID_TRANSITION", from: status, event };
}

/**
 * Whether a re-submission only proposes its answers (through the new confirm link) rather than
 * writing them now. A pending signature's address may be typed by anyone: writing would let a
 * stranger change or cancel it. A withdrawn one has no live link left to protect.
 */
export function resubmitProposes(move: { from: SignatureStatus; to: SignatureStatus }): boolean {
  return move.from === INITIAL_SIGNATURE_STATUS && move.to === INITIAL_SIGNATURE_STATUS;
}

export function canTransition(from: string, event: SignatureEvent): boolean {
  return transition(from, event).ok;
}

export function parseSignatureStatus(value: string): SignatureStatus {
  if ((SIGNATURE_STATUSES as readonly string[]).includes(value)) return value as SignatureStatus;
  throw new Error(`Unknown signature status in the database: ${value}`);
}

/** Only approved signatures are public: listed, counted and exported. */
export const isPublic = (status: string): boolean => status === PUBLIC_SIGNATURE_STATUS;

/**
 * How the public approved count changes when a signature moves from one status to another.
 * Keeping the counter beside the transition means no caller can forget it.
 */
export function approvedCountDelta(from: SignatureStatus, to: SignatureStatus): -1 | 0 | 1 {
  if (!isPublic(from) && isPublic(to)) return 1;
  if (isPublic(from) && !isPublic(to)) return -1;
  return 0;
}
