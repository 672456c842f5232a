import type { ClientOrderStatus } from "@shared/order-status"
import type { PortalInvoiceStatus, StorePortalQuoteInvoice } from "@shared/http/invoices"

/** What the buyer reads for each status, on the dashboard, the lists and the record pages. */
export const ORDER_STATUS_LABEL: Record<ClientOrderStatus, string> = {
  placed: "Placed",
  processing: "Being prepared",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
}

export const INVOICE_STATUS_LABEL: Record<PortalInvoiceStatus, string> = {
  unpaid: "Unpaid",
  overdue: "Overdue",
  paid: "Paid",
  void: "Void",
}

export const invoiceLabel = (invoice: Pick<StorePortalQuoteInvoice, "kind" | "number">) =>
  `${invoice.kind === "deposit" ? "Deposit invoice" : "Invoice"} ${invoice.number}`
