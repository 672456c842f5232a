import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BillingModule from "../modules/billing"

/** An order has its invoices (a deposit now, a final invoice later): `order.portal_invoices`. */
export default defineLink(
  { linkable: BillingModule.linkable.portalInvoice, isList: true },
  OrderModule.linkable.order
)
