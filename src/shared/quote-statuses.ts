/**
 * The quote's statuses (docs/ARCHITECTURE.md, "Quote status machine"). Pure data, so the server's status machine
 * (src/modules/quote/status.ts), the admin and the storefront share one list.
 */
export const QUOTE_STATUSES = [
  // A member asked for it from the portal cart; staff take it up as a draft.
  "requested",
  "draft",
  "sent",
  "viewed",
  "accepted",
  "declined",
  "expired",
  "cancelled",
] as const

export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
