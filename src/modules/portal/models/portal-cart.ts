import { model } from "@medusajs/framework/utils"

/**
 * Which company a portal cart acts for, and which contact said so
 * (docs/ARCHITECTURE.md, "Placing orders", the cart binding). Written only by
 * `POST /store/portal/cart-company`, so Medusa's store cart routes, which take
 * `metadata` and `email` from anyone holding the cart id, cannot change it.
 * One row per cart; re-binding by the same contact changes the company until
 * the cart is completed. `approved_company_id` is the company the place-order
 * gate last approved a completion for, stamped by the gate alone: the order is
 * filed under it, whatever the binding says afterwards.
 */
export const PortalCart = model
  .define("portal_cart", {
    id: model.id({ prefix: "pcart" }).primaryKey(),
    cart_id: model.text(),
    company_id: model.text(),
    customer_id: model.text(),
    approved_company_id: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["cart_id"], unique: true }])
