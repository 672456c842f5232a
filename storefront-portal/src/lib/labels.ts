import type { PortalInvoiceStatus, StorePortalQuoteInvoice } from "@shared/http/invoices"
import type { ClientOrderStatus } from "@shared/order-status"
import type { PurchaseOrderStatus } from "@shared/procurement"
import type { Translate } from "./i18n"

// What the buyer reads for each status, on the dashboard, the lists and the record pages,
// in the page's language (the `common` catalog).

export const ORDER_STATUSES: readonly ClientOrderStatus[] = [
  "placed",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
]

export const orderStatusLabel = (t: Translate<"common">, status: ClientOrderStatus) =>
  t(`order_status.${status}`)

/** A purchase order's status as its supplier and the dashboard read it. */
export const purchaseOrderStatusLabel = (t: Translate<"common">, status: PurchaseOrderStatus) =>
  t(`purchase_order_status.${status}`)

export const invoiceStatusLabel = (t: Translate<"common">, status: PortalInvoiceStatus) =>
  t(`invoice_status.${status}`)

/** "Deposit invoice D-1001", "Invoice I-1001". */
export const invoiceLabel = (
  t: Translate<"common">,
  invoice: Pick<StorePortalQuoteInvoice, "kind" | "number">
) =>
  t(invoice.kind === "deposit" ? "invoice.deposit_label" : "invoice.label", {
    number: invoice.number,
  })

/**
 * "Expires in 14 days", "Expires tomorrow", "Expires today", counted in the buyer's
 * calendar days (src/lib/format.ts, daysLeft); null once past.
 */
export function expiresIn(t: Translate<"common">, days: number | null): string | null {
  if (days === null) return null
  if (days === 0) return t("expires.today")
  if (days === 1) return t("expires.tomorrow")
  return t("expires.in_days", { count: days })
}
