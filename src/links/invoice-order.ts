import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BillingModule from "../modules/billing"

/**
 * `portal_invoice.order`: read-only over the column `portal_invoice.order_id`;
 * no link table (docs/ARCHITECTURE.md, "Relations").
 */
export default defineLink(
  { linkable: BillingModule.linkable.portalInvoice, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
