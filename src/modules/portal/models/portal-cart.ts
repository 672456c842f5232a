import { model } from "@medusajs/framework/utils"

/**
 * Which company a portal cart acts for and which contact said so. Written only by
 * `POST /store/portal/cart-company`, because Medusa's cart routes let anyone with the cart id
 * change `metadata` and `email` (docs/ARCHITECTURE.md, "Placing orders").
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
