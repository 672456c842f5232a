import { model } from "@medusajs/framework/utils"

/**
 * How much of an inventory level's `incoming_quantity` the plugin's purchase
 * orders put there at the last sync (docs/ARCHITECTURE.md, "Procurement"): a
 * sync adds the change of this share, so what a merchant set by hand on the
 * level stays.
 */
export const IncomingShare = model
  .define("portal_incoming_share", {
    id: model.id({ prefix: "pinc" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    quantity: model.number().default(0),
  })
  .indexes([{ on: ["inventory_item_id", "location_id"], unique: true }])
