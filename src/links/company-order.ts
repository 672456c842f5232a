import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AccountsModule from "../modules/accounts"

/**
 * `portal_company.orders` / `order.portal_company`: the company an order was
 * placed for. A link table, because the order is Medusa's and has no column
 * for it (docs/ARCHITECTURE.md, "Relations"). Created with the order from a
 * quote that names a company; the member routes read a company's orders
 * through it.
 *
 * The table keeps the name Medusa gave it while companies were the portal
 * module's, so the links stored before the accounts module existed are the
 * ones read now (docs/ARCHITECTURE.md, "Modules and links").
 */
export default defineLink(
  AccountsModule.linkable.portalCompany,
  { linkable: OrderModule.linkable.order, isList: true },
  { database: { table: "portal_portal_company_order_order" } }
)
