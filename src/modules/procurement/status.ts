import { MedusaError } from "@medusajs/framework/utils"
import { refusal, type RefusalValues } from "../../lib/refusal"
import {
  OPEN_PURCHASE_ORDER_STATUSES,
  PURCHASE_ORDER_STATUSES,
  SUPPLIER_BILL_STATUSES,
  formatPurchaseOrderNumber,
  type PurchaseOrderStatus,
  type SupplierBillStatus,
} from "../../shared/procurement"

/**
 * The purchase order and supplier bill lifecycles (docs/ARCHITECTURE.md,
 * "Procurement"), in one place. Every workflow that changes a status asks this
 * file first; the service's conditional UPDATE makes the change race-free.
 */
export {
  OPEN_PURCHASE_ORDER_STATUSES,
  PURCHASE_ORDER_STATUSES,
  SUPPLIER_BILL_STATUSES,
  formatPurchaseOrderNumber,
  type PurchaseOrderStatus,
  type SupplierBillStatus,
}

export const PROCUREMENT_EVENT_TYPES = [
  "created",
  "updated",
  "sent",
  "acknowledged",
  "change_requested",
  "change_declined",
  "received",
  "cancelled",
  "bill_submitted",
  "bill_approved",
  "bill_rejected",
  "bill_paid",
] as const
export type ProcurementEventType = (typeof PROCUREMENT_EVENT_TYPES)[number]

/** staff: an admin user; supplier: a supplier company's contact (a Medusa customer). */
export const PROCUREMENT_ACTOR_TYPES = ["staff", "supplier", "system"] as const
export type ProcurementActorType = (typeof PROCUREMENT_ACTOR_TYPES)[number]

const PO_TRANSITIONS: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  draft: ["sent", "cancelled"],
  // Goods may arrive before the supplier acknowledged the PO.
  sent: ["acknowledged", "change_requested", "partially_received", "received", "cancelled"],
  // Staff revise the lines and re-send it, or decline the change (back to sent).
  change_requested: ["sent", "cancelled"],
  acknowledged: ["partially_received", "received", "cancelled"],
  // Cancelling a partly received PO releases what was still incoming.
  partially_received: ["partially_received", "received", "cancelled"],
  received: [],
  cancelled: [],
}

/** Statuses in which staff may still change the lines. */
const PO_EDITABLE: readonly PurchaseOrderStatus[] = ["draft", "change_requested"]

/** Statuses in which goods may be received against the PO. */
export const RECEIVABLE_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  "sent",
  "acknowledged",
  "partially_received",
]

/** Statuses in which the supplier may acknowledge or ask for a change. */
export const SUPPLIER_ACTIONABLE_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = ["sent"]

/** Statuses of a PO a supplier may bill against. */
export const BILLABLE_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  "acknowledged",
  "partially_received",
  "received",
]

const BILL_TRANSITIONS: Record<SupplierBillStatus, readonly SupplierBillStatus[]> = {
  submitted: ["approved", "rejected"],
  approved: ["paid"],
  paid: [],
  // The supplier submits a corrected bill instead.
  rejected: [],
}

/** A refusal's values naming the PO or bill: its number, or the `_unnumbered` sentence. */
function numbered(number: string | undefined, values: RefusalValues): RefusalValues {
  return number ? { ...values, number } : { ...values, context: "unnumbered" }
}

export function canTransitionPurchaseOrder(
  from: PurchaseOrderStatus,
  to: PurchaseOrderStatus
): boolean {
  return PO_TRANSITIONS[from].includes(to)
}

/** The statuses a PO may be in for it to become `to`. */
export function purchaseOrderStatusesLeadingTo(to: PurchaseOrderStatus): PurchaseOrderStatus[] {
  return PURCHASE_ORDER_STATUSES.filter((from) => canTransitionPurchaseOrder(from, to))
}

export function assertPurchaseOrderTransition(
  from: PurchaseOrderStatus,
  to: PurchaseOrderStatus,
  number?: string
): void {
  if (!canTransitionPurchaseOrder(from, to)) {
    throw refusal(
      MedusaError.Types.CONFLICT,
      "procurement.purchase_order.cannot_become",
      numbered(number, { from, to })
    )
  }
}

export function isPurchaseOrderEditable(status: PurchaseOrderStatus): boolean {
  return PO_EDITABLE.includes(status)
}

export function assertPurchaseOrderEditable(status: PurchaseOrderStatus, number?: string): void {
  if (!isPurchaseOrderEditable(status)) {
    throw refusal(
      MedusaError.Types.CONFLICT,
      "procurement.purchase_order.not_editable",
      numbered(number, { status })
    )
  }
}

export function isOpenPurchaseOrder(status: PurchaseOrderStatus): boolean {
  return OPEN_PURCHASE_ORDER_STATUSES.includes(status)
}

export function canTransitionBill(from: SupplierBillStatus, to: SupplierBillStatus): boolean {
  return BILL_TRANSITIONS[from].includes(to)
}

export function billStatusesLeadingTo(to: SupplierBillStatus): SupplierBillStatus[] {
  return SUPPLIER_BILL_STATUSES.filter((from) => canTransitionBill(from, to))
}

export function assertBillTransition(
  from: SupplierBillStatus,
  to: SupplierBillStatus,
  billNumber?: string
): void {
  if (!canTransitionBill(from, to)) {
    throw refusal(
      MedusaError.Types.CONFLICT,
      "procurement.bill.cannot_become",
      numbered(billNumber, { from, to })
    )
  }
}

/** Adds the human number ("PO-1001") to a purchase order read from Query. */
export function withPurchaseOrderNumber<T extends { display_number?: number | string | null }>(
  order: T
): T & { number?: string } {
  return order.display_number == null
    ? order
    : { ...order, number: formatPurchaseOrderNumber(order.display_number) }
}
