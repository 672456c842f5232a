import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type { InvoiceBillTo } from "../../../modules/billing/bill-to"
import type BillingModuleService from "../../../modules/billing/service"
import type { InvoiceKind } from "../../../modules/billing/status"
import { toQuoteShippingAddress } from "../../../shared/quote-address"

export type CreateInvoiceData = {
  kind: InvoiceKind
  amount: number
  currency_code: string
  due_at: Date
  order_id: string
  quote_id?: string | null
  payment_collection_id: string
}

/** The order's customer, company and address as they stand now, to fix on the invoice. */
async function billToOf(container: MedusaContainer, orderId: string): Promise<InvoiceBillTo> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "email",
      "customer.first_name",
      "customer.last_name",
      "customer.email",
      "customer.company_name",
      "billing_address.*",
      "shipping_address.*",
      "portal_company.name",
    ],
    filters: { id: orderId },
  })
  const order = (data[0] ?? {}) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  const customer = order.customer ?? {}
  const email = String(customer.email ?? order.email ?? "")
  const companies = [order.portal_company].flat().filter(Boolean)
  const address = order.billing_address?.address_1 ? order.billing_address : order.shipping_address
  return {
    name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || email,
    company: companies[0]?.name ?? customer.company_name ?? null,
    email,
    address: address ? toQuoteShippingAddress({ ...address, id: null }) : null,
  }
}

export const createInvoiceStep = createStep(
  "portal-create-invoice",
  async (data: CreateInvoiceData, { container }) => {
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const invoice = await billing.createPortalInvoices({
      ...data,
      currency_code: data.currency_code.toLowerCase(),
      quote_id: data.quote_id ?? null,
      bill_to: await billToOf(container, data.order_id),
    })
    return new StepResponse(invoice, invoice.id)
  },
  async (invoiceId, { container }) => {
    if (!invoiceId) return
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    await billing.deletePortalInvoices(invoiceId)
  }
)
