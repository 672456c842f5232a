import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import QuoteModule from "../modules/quote"

export default defineLink(
  { linkable: QuoteModule.linkable.portalQuote, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
