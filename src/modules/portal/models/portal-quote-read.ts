import { model } from "@medusajs/framework/utils"

/**
 * How far a contact (a Medusa customer) has read a quote's thread: `read_at`
 * is when they last opened the quote in the portal or wrote on it. Staff
 * messages after it are their unread replies. One row per contact and quote,
 * written with one upsert (PortalModuleService.markQuoteRead); never for a
 * quote link, which has no contact (docs/ARCHITECTURE.md, "Read markers").
 */
export const PortalQuoteRead = model
  .define("portal_quote_read", {
    id: model.id({ prefix: "pqread" }).primaryKey(),
    customer_id: model.text(),
    quote_id: model.text(),
    read_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id", "quote_id"], unique: true }])
