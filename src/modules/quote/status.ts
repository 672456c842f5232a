import { MedusaError } from "@medusajs/framework/utils"
import { refusal, type RefusalValues } from "../../lib/refusal"
import { QUOTE_STATUSES, type QuoteStatus } from "../../shared/quote-statuses"

/**
 * The quote lifecycle (docs/ARCHITECTURE.md, "Quote status machine"), in one place. Every route and workflow that
 * changes a quote's status asks `assertTransition` first.
 */
export { QUOTE_STATUSES, type QuoteStatus }

export const QUOTE_EVENT_TYPES = [
  "created",
  "updated",
  "sent",
  "link_revoked",
  "viewed",
  "selection_changed",
  "accepted",
  "declined",
  "expired",
  "cancelled",
  "duplicated",
  "message",
  "order_created",
  "invoice_issued",
  "invoice_paid",
] as const

export type QuoteEventType = (typeof QUOTE_EVENT_TYPES)[number]

const TRANSITIONS: Record<QuoteStatus, readonly QuoteStatus[]> = {
  // A member's request from the portal cart: staff take it up (a draft to price) or cancel it.
  requested: ["draft", "cancelled"],
  draft: ["sent", "cancelled"],
  // Re-sending a sent or viewed quote issues a new link and keeps it open.
  sent: ["sent", "viewed", "accepted", "declined", "expired", "cancelled"],
  viewed: ["sent", "accepted", "declined", "expired", "cancelled"],
  accepted: [],
  declined: [],
  expired: [],
  cancelled: [],
}

/** Statuses in which staff may still change the quote's content. */
const EDITABLE: readonly QuoteStatus[] = ["draft", "sent", "viewed"]

/** Statuses in which the buyer can act on the quote through its link. */
const OPEN_TO_BUYER: readonly QuoteStatus[] = ["sent", "viewed"]

/** Statuses from which staff can duplicate a quote into a new draft. */
const DUPLICABLE: readonly QuoteStatus[] = ["expired", "declined", "cancelled", "accepted"]

/** A refusal's values naming the quote: its number, or the `_unnumbered` sentence. */
function numbered(number: string | undefined, values: RefusalValues = {}): RefusalValues {
  return number ? { ...values, number } : { ...values, context: "unnumbered" }
}

export function canTransition(from: QuoteStatus, to: QuoteStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export function assertTransition(from: QuoteStatus, to: QuoteStatus, number?: string): void {
  if (!canTransition(from, to)) {
    throw refusal(MedusaError.Types.CONFLICT, "quote.cannot_become", numbered(number, { from, to }))
  }
}

export function isEditable(status: QuoteStatus): boolean {
  return EDITABLE.includes(status)
}

export function assertEditable(status: QuoteStatus, number?: string): void {
  if (!isEditable(status)) {
    throw refusal(MedusaError.Types.CONFLICT, "quote.not_editable", numbered(number, { status }))
  }
}

export function isOpenToBuyer(status: QuoteStatus): boolean {
  return OPEN_TO_BUYER.includes(status)
}

/** The buyer may select, accept or decline only while the quote is open and still valid. */
export function assertOpenToBuyer(
  quote: { status: string; valid_until?: Date | string | null },
  number?: string,
  now = new Date()
): void {
  const status = quote.status as QuoteStatus
  if (status === "expired" || (isOpenToBuyer(status) && isPastValidity(quote.valid_until, now))) {
    throw refusal(MedusaError.Types.CONFLICT, "quote.expired", numbered(number))
  }
  if (!isOpenToBuyer(status)) {
    throw refusal(MedusaError.Types.CONFLICT, "quote.not_editable", numbered(number, { status }))
  }
}

export function isDuplicable(status: QuoteStatus): boolean {
  return DUPLICABLE.includes(status)
}

export function assertDuplicable(status: QuoteStatus, number?: string): void {
  if (!isDuplicable(status)) {
    throw refusal(MedusaError.Types.CONFLICT, "quote.not_duplicable", numbered(number, { status }))
  }
}

/** A quote past its validity date counts as expired even before the expiry job has run. */
export function isPastValidity(validUntil: Date | string | null | undefined, now = new Date()) {
  return validUntil != null && new Date(validUntil).getTime() <= now.getTime()
}

/** Query's generated types call the serial column a string; at runtime it is a number. */
export function formatQuoteNumber(displayNumber: number | string): string {
  return `Q-${displayNumber}`
}

/** Accepts "Q-1001", "q1001" or "1001"; returns null for anything else. */
export function parseQuoteNumber(text: string): number | null {
  const match = /^\s*(?:q-?)?(\d{1,9})\s*$/i.exec(text)
  return match ? Number(match[1]) : null
}

/** A quote with an agreement is accepted only by signing it (docs/ARCHITECTURE.md, "Quote status machine"). */
export function requiresSignature(quote: { agreement_template_id?: string | null }): boolean {
  return !!quote.agreement_template_id
}
