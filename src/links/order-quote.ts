import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

/**
 * `order.portal_quote`: the inverse of quote-order.ts, read-only over the same
 * column, matched on `portal_quote.order_id` (docs/ARCHITECTURE.md, "Relations").
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...QuoteModule.linkable.portalQuote.id, primaryKey: "order_id" },
  { readOnly: true }
)
