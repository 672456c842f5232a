import {
  acquireLockStep,
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { invoiceLockKey } from "../utils/invoice-lock"
import { assertInvoicePayableStep } from "../steps/assert-invoice-payable"
import { assertPaymentProviderAvailableStep } from "../steps/assert-payment-provider-available"
import { findInvoicePaymentSessionStep } from "../steps/find-invoice-payment-session"
import { loadInvoiceStep } from "../steps/load-invoice"
import type { Access } from "../../../shared/permissions"

export type PayInvoiceWorkflowInput = {
  invoice_id: string
  /**
   * Who is paying: a link holder (an invoice of another quote is a 404) or a
   * member (an invoice of another company's order is a 404); either needs `invoices.pay`.
   */
  access: Access
  payment_session_id: string
}

export type PayInvoiceWorkflowOutput = {
  invoice_id: string
  payment_id: string | null
  /** False while the provider defers authorisation (e.g. a bank transfer not yet confirmed). */
  captured: boolean
}

/**
 * The buyer completes a payment session, captured at once as a deposit is money due now; the
 * invoice becomes paid through the same subscriber as any other capture. Concurrent attempts
 * queue on a lock (docs/ARCHITECTURE.md, "Money").
 */
export const payInvoiceWorkflow = createWorkflow(
  "portal-pay-invoice",
  (input: PayInvoiceWorkflowInput) => {
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
    const session = findInvoicePaymentSessionStep(
      transform({ invoice, input }, ({ invoice, input }) => ({
        invoice,
        payment_session_id: input.payment_session_id,
      }))
    )
    // The session's provider is checked again: Medusa's own store route lets
    // anyone add a session with any provider to a payment collection.
    assertPaymentProviderAvailableStep(
      transform({ invoice, session }, ({ invoice, session }) => ({
        invoice,
        provider_id: session.provider_id,
      }))
    )

    const payment = authorizePaymentSessionStep({ id: input.payment_session_id, context: {} })
    when({ payment }, ({ payment }) => !!payment).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ payment }, ({ payment }) => ({ payment_id: payment!.id })),
      })
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ input, payment }, ({ input, payment }): PayInvoiceWorkflowOutput => ({
        invoice_id: input.invoice_id,
        payment_id: payment?.id ?? null,
        captured: !!payment,
      }))
    )
  }
)
