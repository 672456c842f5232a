import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceBillTo } from "../../../modules/billing/bill-to"
import { toQuoteShippingAddress } from "../../../shared/quote-address"

export type InvoiceOrder = {
  order: { id: string; display_id: number | null; currency_code: string; status: string }
  /** The order's customer, company and address as they stand now, to fix on the invoice. */
  bill_to: InvoiceBillTo
}

/**
 * The order an invoice is raised for, and who it is made out to, in one read: the customer,
 * the company the order is linked to (else the customer's company name) and the billing
 * address (else the shipping address), copied onto the invoice at issue
 * (docs/ARCHITECTURE.md, "Money").
 */
export const loadInvoiceOrderStep = createStep(
  "portal-load-invoice-order",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "status",
        "email",
        "customer.first_name",
        "customer.last_name",
        "customer.email",
        "customer.company_name",
        "billing_address.*",
        "shipping_address.*",
        "portal_company.name",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as Record<string, any> | undefined // eslint-disable-line @typescript-eslint/no-explicit-any
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    const customer = order.customer ?? {}
    const email = String(customer.email ?? order.email ?? "")
    const companies = [order.portal_company].flat().filter(Boolean)
    const address = order.billing_address?.address_1
      ? order.billing_address
      : order.shipping_address
    return new StepResponse<InvoiceOrder>({
      order: {
        id: order.id,
        display_id: order.display_id ?? null,
        currency_code: order.currency_code,
        status: order.status,
      },
      bill_to: {
        name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || email,
        company: companies[0]?.name ?? customer.company_name ?? null,
        email,
        address: address ? toQuoteShippingAddress({ ...address, id: null }) : null,
      },
    })
  }
)
