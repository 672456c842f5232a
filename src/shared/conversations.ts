/**
 * Conversations (docs/ARCHITECTURE.md, "Conversations"): topic-based threads between a
 * company's contacts and the merchant's staff, not tied to a quote. Pure, so the server's
 * checks, the admin and the storefront share them.
 */

export const MAX_CONVERSATION_SUBJECT_LENGTH = 200
export const MAX_CONVERSATION_MESSAGE_LENGTH = 10_000
/** The most contacts staff name as a thread's participants when they start it. */
export const MAX_CONVERSATION_CONTACTS = 50

/** Who takes part in a thread: a company's contact (a customer) or a staff member (an admin user). */
export const CONVERSATION_SIDES = ["customer", "staff"] as const
export type ConversationSide = (typeof CONVERSATION_SIDES)[number]
