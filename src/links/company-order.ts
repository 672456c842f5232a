import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AccountsModule from "../modules/accounts"

/**
 * The company an order was placed for: a link, because the order is Medusa's. The table
 * keeps its old name so links stored before the accounts module are still read
 * (docs/ARCHITECTURE.md, "Modules and links").
 */
export default defineLink(
  AccountsModule.linkable.portalCompany,
  { linkable: OrderModule.linkable.order, isList: true },
  { database: { table: "portal_portal_company_order_order" } }
)
