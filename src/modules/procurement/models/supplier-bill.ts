import { model } from "@medusajs/framework/utils"
import { SUPPLIER_BILL_STATUSES } from "../status"
import { PurchaseOrder } from "./purchase-order"

/**
 * A supplier's bill against a PO, with its PDF kept as a private file (served
 * only through the portal's routes). `bill_number` is the supplier's own number.
 */
export const SupplierBill = model
  .define("portal_supplier_bill", {
    id: model.id({ prefix: "sbill" }).primaryKey(),
    supplier_company_id: model.text(),
    bill_number: model.text(),
    status: model.enum([...SUPPLIER_BILL_STATUSES]).default("submitted"),
    amount: model.bigNumber(),
    currency_code: model.text(),
    due_at: model.dateTime(),
    rejection_reason: model.text().nullable(),
    file_id: model.text(),
    file_size: model.number(),
    file_sha256: model.text(),
    submitted_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "bills" }),
  })
  .indexes([
    { on: ["purchase_order_id"] },
    { on: ["status", "created_at"] },
    { on: ["supplier_company_id", "created_at"] },
    // A supplier's number is unique among its live bills; a rejected one may be resubmitted.
    {
      name: "IDX_portal_supplier_bill_one_live_number",
      on: ["supplier_company_id", "bill_number"],
      unique: true,
      where: "status <> 'rejected'",
    },
  ])
