import { model } from "@medusajs/framework/utils"

/**
 * Which company a portal cart acts for, and which contact said so
 * (docs/ARCHITECTURE.md, "Placing orders", the cart binding). Written only by
 * `POST /store/portal/cart-company`, so Medusa's store cart routes, which take
 * `metadata` and `email` from anyone holding the cart id, cannot change it.
 * One row per cart; re-binding by the same contact changes the company.
 */
export const PortalCart = model
  .define("portal_cart", {
    id: model.id({ prefix: "pcart" }).primaryKey(),
    cart_id: model.text(),
    company_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([{ on: ["cart_id"], unique: true }])
