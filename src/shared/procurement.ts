/**
 * Purchase orders and supplier bills (docs/ARCHITECTURE.md, "Procurement"): their
 * statuses, numbers and limits. Pure data, so the server's status machine
 * (src/modules/procurement/status.ts), the admin and the storefront share one list.
 */
export const PURCHASE_ORDER_STATUSES = [
  "draft",
  "sent",
  // The supplier asked for a change; staff revise and re-send it, or decline (back to sent).
  "change_requested",
  "acknowledged",
  "partially_received",
  "received",
  "cancelled",
] as const
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number]

export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  change_requested: "Change requested",
  acknowledged: "Acknowledged",
  partially_received: "Partially received",
  received: "Received",
  cancelled: "Cancelled",
}

/**
 * The statuses in which a PO's unreceived quantities count as incoming stock in
 * Medusa's inventory: sent to the supplier and neither fully received nor cancelled.
 */
export const OPEN_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  "sent",
  "change_requested",
  "acknowledged",
  "partially_received",
]

/** The statuses a supplier contact sees: never a draft the merchant has not sent. */
export const SUPPLIER_VISIBLE_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] =
  PURCHASE_ORDER_STATUSES.filter((status) => status !== "draft")

export const SUPPLIER_BILL_STATUSES = ["submitted", "approved", "paid", "rejected"] as const
export type SupplierBillStatus = (typeof SUPPLIER_BILL_STATUSES)[number]

export const SUPPLIER_BILL_STATUS_LABELS: Record<SupplierBillStatus, string> = {
  submitted: "Submitted",
  approved: "Approved",
  paid: "Paid",
  rejected: "Rejected",
}

/**
 * The PO line and bill as the routes answer them live with the HTTP contract
 * (src/shared/http/purchase-orders.ts); these names stay for the pages that use them.
 */
export type {
  PortalPurchaseOrderBill as PurchaseOrderBillView,
  StorePortalPurchaseOrderLine as PurchaseOrderLineView,
} from "./http/purchase-orders"

/** The largest bill PDF a supplier may upload. */
export const MAX_SUPPLIER_BILL_BYTES = 10 * 1024 * 1024
export const MAX_BILL_NUMBER_LENGTH = 100
export const MAX_PROCUREMENT_MESSAGE_LENGTH = 2000
export const MAX_PURCHASE_ORDER_LINES = 200

/** Query's generated types call the serial column a string; at runtime it is a number. */
export function formatPurchaseOrderNumber(displayNumber: number | string): string {
  return `PO-${displayNumber}`
}

/** A line's quantity still to come: ordered minus received, never below zero. */
export function lineRemainder(line: { quantity: number; received_quantity: number }): number {
  return Math.max(0, Number(line.quantity) - Number(line.received_quantity))
}

/**
 * A typed amount as the API takes it ("1234.50"), from what a supplier types: digits with a
 * decimal point or comma (German and French write "1234,50") and at most two decimals, no
 * grouping; null for anything else or for nothing to pay.
 */
export function typedAmount(text: string): string | null {
  const match = text.trim().match(/^(\d{1,12})(?:[.,](\d{1,2}))?$/)
  if (!match) return null
  const amount = match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`
  return Number(amount) > 0 ? amount : null
}
