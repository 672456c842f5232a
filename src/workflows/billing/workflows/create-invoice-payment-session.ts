import {
  acquireLockStep,
  createPaymentSessionsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceLockKey } from "../utils/invoice-lock"
import { assertInvoicePayableStep } from "../steps/assert-invoice-payable"
import { assertPaymentProviderAvailableStep } from "../steps/assert-payment-provider-available"
import { loadInvoiceStep } from "../steps/load-invoice"
import type { Access } from "../../../shared/permissions"

export type CreateInvoicePaymentSessionWorkflowInput = {
  invoice_id: string
  /**
   * Who is paying: a link holder (an invoice of another quote is a 404) or a
   * member (an invoice of another company's order is a 404); either needs `invoices.pay`.
   */
  access: Access
  provider_id: string
  /** Provider-specific data from the storefront, passed through to Medusa. */
  data?: Record<string, unknown>
}

/**
 * The buyer starts paying an invoice: a payment session with the chosen
 * provider on the invoice's payment collection. Medusa replaces any earlier
 * session; the invoice's lock (as paying and voiding take it) queues
 * concurrent requests, so each replaces the last and one session stays live.
 */
export const createInvoicePaymentSessionWorkflow = createWorkflow(
  "portal-create-invoice-payment-session",
  (input: CreateInvoicePaymentSessionWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => invoiceLockKey(input.invoice_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const invoice = loadInvoiceStep(
      transform({ input }, ({ input }) => ({
        id: input.invoice_id,
        access: input.access,
        permission: "invoices.pay" as const,
      }))
    )
    assertInvoicePayableStep({ invoice })
    assertPaymentProviderAvailableStep(
      transform({ invoice, input }, ({ invoice, input }) => ({
        invoice,
        provider_id: input.provider_id,
      }))
    )
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ invoice, input }, ({ invoice, input }) => ({
        payment_collection_id: invoice.payment_collection_id,
        provider_id: input.provider_id,
        data: input.data,
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(session)
  }
)
