/**
 * An update's life:
 *   draft --send--> sent
 * A draft can be edited as often as needed; sending is one conditional write on `draft`, so an
 * update goes out once however many times "Send" is pressed, on however many instances.
 * Nothing leaves sent: a sent update is part of the letter's public record.
 */
export const UPDATE_STATUSES = ["draft", "sent"] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const INITIAL_UPDATE_STATUS = "draft" satisfies UpdateStatus;
export const SENT_UPDATE_STATUS = "sent" satisfies UpdateStatus;

/** The only move: a draft is sent. */
export const UPDATE_SEND = { from: INITIAL_UPDATE_STATUS, to: SENT_UPDATE_STATUS } as const;
