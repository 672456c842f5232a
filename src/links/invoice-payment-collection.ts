import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import BillingModule from "../modules/billing"

/**
 * `portal_invoice.payment_collection`: the collection an invoice is paid through,
 * read-only over the column `portal_invoice.payment_collection_id`; no link table
 * (docs/ARCHITECTURE.md, "Relations"). The collection's link to the order is
 * Medusa's own order <-> payment collection link (see createDepositInvoiceWorkflow).
 */
export default defineLink(
  { linkable: BillingModule.linkable.portalInvoice, field: "payment_collection_id" },
  PaymentModule.linkable.paymentCollection,
  { readOnly: true }
)
