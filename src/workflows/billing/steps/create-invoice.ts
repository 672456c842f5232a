import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type { InvoiceBillTo } from "../../../modules/billing/bill-to"
import type BillingModuleService from "../../../modules/billing/service"
import type { InvoiceKind } from "../../../modules/billing/status"

export type CreateInvoiceData = {
  kind: InvoiceKind
  amount: number
  currency_code: string
  due_at: Date
  order_id: string
  quote_id?: string | null
  payment_collection_id: string
  /** Who the invoice is made out to, as `loadInvoiceOrderStep` read them. */
  bill_to: InvoiceBillTo
}

export const createInvoiceStep = createStep(
  "portal-create-invoice",
  async (data: CreateInvoiceData, { container }) => {
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const invoice = await billing.createPortalInvoices({
      ...data,
      currency_code: data.currency_code.toLowerCase(),
      quote_id: data.quote_id ?? null,
    })
    return new StepResponse(invoice, invoice.id)
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    await billing.deletePortalInvoices(invoiceId)
  }
)
