import { model } from "@medusajs/framework/utils"
import { PurchaseOrder } from "./purchase-order"

/**
 * One variant ordered on a PO. `inventory_item_id` is the variant's one
 * inventory item when the line was written; the titles and SKU are a snapshot
 * so the PO reads the same after the catalog changes.
 */
export const PurchaseOrderLine = model
  .define("portal_purchase_order_line", {
    id: model.id({ prefix: "poline" }).primaryKey(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    product_title: model.text(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    quantity: model.number(),
    received_quantity: model.number().default(0),
    unit_cost: model.bigNumber(),
    // The date the supplier promised this line for (set when acknowledging).
    promised_at: model.dateTime().nullable(),
    rank: model.number().default(0),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["purchase_order_id"] }, { on: ["inventory_item_id"] }])
