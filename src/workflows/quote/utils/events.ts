/** Events our workflows emit; subscribers turn them into emails and alerts. */
export const QUOTE_EVENTS = {
  REQUESTED: "portal.quote.requested",
  SENT: "portal.quote.sent",
  VIEWED: "portal.quote.viewed",
  ACCEPTED: "portal.quote.accepted",
  DECLINED: "portal.quote.declined",
  EXPIRED: "portal.quote.expired",
  CANCELLED: "portal.quote.cancelled",
  MESSAGE_CREATED: "portal.quote.message_created",
} as const
