/** Events the billing workflows emit; subscribers turn them into emails and alerts. */
export const INVOICE_EVENTS = {
  CREATED: "portal.invoice.created",
  PAID: "portal.invoice.paid",
  OVERDUE: "portal.invoice.overdue",
  VOIDED: "portal.invoice.voided",
} as const
