import { model } from "@medusajs/framework/utils"
import { PURCHASE_ORDER_STATUSES } from "../status"
import { ProcurementEvent } from "./procurement-event"
import { PurchaseOrderLine } from "./purchase-order-line"
import { SupplierBill } from "./supplier-bill"

/**
 * A purchase order the merchant sends to a supplier company for goods delivered
 * to one of Medusa's stock locations. The company, location and variants are
 * plain ids of other modules (docs/ARCHITECTURE.md, "Procurement").
 */
export const PurchaseOrder = model
  .define("portal_purchase_order", {
    id: model.id({ prefix: "po" }).primaryKey(),
    // A Postgres sequence that starts at 1001 (see the migration); shown as "PO-1001".
    display_number: model.autoincrement(),
    status: model.enum([...PURCHASE_ORDER_STATUSES]).default("draft"),
    supplier_company_id: model.text(),
    stock_location_id: model.text(),
    currency_code: model.text(),
    notes: model.text().nullable(),
    // The supplier's last change request, kept until staff re-send or decline.
    change_request: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    acknowledged_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
    lines: model.hasMany(() => PurchaseOrderLine, { mappedBy: "purchase_order" }),
    bills: model.hasMany(() => SupplierBill, { mappedBy: "purchase_order" }),
    events: model.hasMany(() => ProcurementEvent, { mappedBy: "purchase_order" }),
  })
  .cascades({ delete: ["lines", "events"] })
  .indexes([{ on: ["supplier_company_id", "created_at"] }, { on: ["status", "created_at"] }])
