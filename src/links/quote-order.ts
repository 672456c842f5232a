import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

/**
 * `portal_quote.order`: read-only over the column `portal_quote.order_id`, which
 * createOrderFromQuote sets; no link table (docs/ARCHITECTURE.md, "Relations").
 */
export default defineLink(
  { linkable: QuoteModule.linkable.portalQuote, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
