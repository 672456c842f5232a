import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BillingModule from "../modules/billing"

/**
 * `order.portal_invoices` (a deposit, later a balance invoice): the inverse of
 * invoice-order.ts, read-only over `portal_invoice.order_id` (docs/ARCHITECTURE.md,
 * "Relations").
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id", isList: true },
  { ...BillingModule.linkable.portalInvoice.id, primaryKey: "order_id" },
  { readOnly: true }
)
