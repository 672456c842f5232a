import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PortalModule from "../modules/portal"

/**
 * `portal_company.orders` / `order.portal_company`: the company an order was
 * placed for. A link table, because the order is Medusa's and has no column
 * for it (docs/ARCHITECTURE.md, "Relations"). Created with the order from a
 * quote that names a company; the member routes read a company's orders
 * through it.
 */
export default defineLink(PortalModule.linkable.portalCompany, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
