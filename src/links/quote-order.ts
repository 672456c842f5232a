import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

export default defineLink(QuoteModule.linkable.portalQuote, OrderModule.linkable.order)
