import { model } from "@medusajs/framework/utils"
import { INVOICE_KINDS, INVOICE_STATUSES } from "../status"

export const Invoice = model
  .define("portal_invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    // A Postgres sequence that starts at 1001 (see the migration); shown as "INV-1001".
    display_number: model.autoincrement(),
    kind: model.enum([...INVOICE_KINDS]),
    status: model.enum([...INVOICE_STATUSES]).default("unpaid"),
    amount: model.bigNumber(),
    currency_code: model.text(),
    due_at: model.dateTime(),
    paid_at: model.dateTime().nullable(),
    voided_at: model.dateTime().nullable(),
    order_id: model.text(),
    quote_id: model.text().nullable(),
    // The Medusa payment collection the buyer pays this invoice through.
    payment_collection_id: model.text(),
    pdf_file_id: model.text().nullable(),
    // Who the invoice is made out to, fixed when it is issued (InvoiceBillTo), so
    // renaming the company or the contact later never changes an issued invoice.
    bill_to: model.json().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["quote_id"], where: "quote_id IS NOT NULL" },
    { on: ["payment_collection_id"], unique: true },
    // The overdue job's scan.
    { on: ["due_at"], where: "status = 'unpaid'" },
    // One live deposit per order, even when two requests raise it at once.
    {
      name: "IDX_portal_invoice_one_live_deposit_per_order",
      on: ["order_id"],
      unique: true,
      where: "kind = 'deposit' AND status <> 'void'",
    },
  ])
