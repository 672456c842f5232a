import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import BillingModule from "../modules/billing"

/**
 * The payment collection an invoice is paid through. Deliberately not Medusa's
 * own order <-> payment collection link: see createDepositInvoiceWorkflow.
 */
export default defineLink(
  BillingModule.linkable.portalInvoice,
  PaymentModule.linkable.paymentCollection
)
