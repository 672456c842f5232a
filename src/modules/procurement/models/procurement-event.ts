import { model } from "@medusajs/framework/utils"
import { PROCUREMENT_ACTOR_TYPES, PROCUREMENT_EVENT_TYPES } from "../status"
import { PurchaseOrder } from "./purchase-order"

/** A PO's timeline, its bills' events included: who did what, and when. Append-only. */
export const ProcurementEvent = model
  .define("portal_procurement_event", {
    id: model.id({ prefix: "procevt" }).primaryKey(),
    type: model.enum([...PROCUREMENT_EVENT_TYPES]),
    actor_type: model.enum([...PROCUREMENT_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    supplier_bill_id: model.text().nullable(),
    data: model.json().nullable(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "events" }),
  })
  .indexes([{ on: ["purchase_order_id", "created_at"] }])
