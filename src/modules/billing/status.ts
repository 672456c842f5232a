import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../lib/refusal"

/**
 * The invoice lifecycle, in one place. Every workflow that changes an
 * invoice's status asks this file first; the service's conditional UPDATE
 * makes the change race-free.
 */
export const INVOICE_STATUSES = ["unpaid", "paid", "overdue", "void"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/**
 * deposit: raised at acceptance when the quote asks for one; balance: the rest
 * of the order (total minus deposit), issued by staff or automatically; final:
 * kept for invoices raised before balances existed.
 */
export const INVOICE_KINDS = ["deposit", "balance", "final"] as const
export type InvoiceKind = (typeof INVOICE_KINDS)[number]

const TRANSITIONS: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  unpaid: ["paid", "overdue", "void"],
  // An overdue invoice can still be paid late, or written off.
  overdue: ["paid", "void"],
  paid: [],
  void: [],
}

export function canTransition(from: InvoiceStatus, to: InvoiceStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/** The statuses an invoice may be in for it to become `to`. */
export function statusesLeadingTo(to: InvoiceStatus): InvoiceStatus[] {
  return INVOICE_STATUSES.filter((from) => canTransition(from, to))
}

export function assertTransition(from: InvoiceStatus, to: InvoiceStatus, number?: string): void {
  if (!canTransition(from, to)) {
    throw refusal(
      MedusaError.Types.CONFLICT,
      "billing.cannot_become",
      number ? { number, from, to } : { from, to, context: "unnumbered" }
    )
  }
}

/** A buyer may pay an invoice exactly when it may still become paid. */
export function isPayable(status: InvoiceStatus): boolean {
  return canTransition(status, "paid")
}

/**
 * Every status but void. A void invoice is withdrawn: its buyer no longer sees
 * it, and its order may be given a new deposit.
 */
export const LIVE_INVOICE_STATUSES = INVOICE_STATUSES.filter((status) => status !== "void")

/** Query's generated types call the serial column a string; at runtime it is a number. */
export function formatInvoiceNumber(displayNumber: number | string): string {
  return `INV-${displayNumber}`
}

/** Adds the human number ("INV-1001") to an invoice read from Query. */
export function withInvoiceNumber<T extends { display_number?: number | string | null }>(
  invoice: T
): T & { number?: string } {
  return invoice.display_number == null
    ? invoice
    : { ...invoice, number: formatInvoiceNumber(invoice.display_number) }
}
