import {
  acquireLockStep,
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  createPaymentSessionsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invoiceLockKey } from "../utils/invoice-lock"
import { assertInvoicePayableStep } from "../steps/assert-invoice-payable"
import { loadInvoiceStep } from "../steps/load-invoice"

export type RecordInvoicePaymentWorkflowInput = {
  invoice_id: string
  /** The staff member who received the money. */
  actor_id?: string
}

/** Medusa's built-in provider for money received outside Medusa, as the admin's "Mark as paid". */
const MANUAL_PAYMENT_PROVIDER = "pp_system_default"

/**
 * Staff record money received outside the portal, e.g. a bank transfer: a
 * payment with Medusa's system provider, authorised and captured at once, like
 * the admin's "Mark as paid" on an order (which refuses a collection once the
 * buyer has opened a payment page). The capture's `payment.captured` event
 * marks the invoice paid, as for any other payment.
 */
export const recordInvoicePaymentWorkflow = createWorkflow(
  "portal-record-invoice-payment",
  (input: RecordInvoicePaymentWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => invoiceLockKey(input.invoice_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const invoice = loadInvoiceStep({ id: input.invoice_id })
    assertInvoicePayableStep({ invoice })
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: transform({ invoice }, ({ invoice }) => ({
        payment_collection_id: invoice.payment_collection_id,
        provider_id: MANUAL_PAYMENT_PROVIDER,
        data: {},
      })),
    })
    const payment = authorizePaymentSessionStep(
      transform({ session }, ({ session }) => ({ id: session.id, context: {} }))
    )
    capturePaymentWorkflow.runAsStep({
      input: transform({ payment, input }, ({ payment, input }) => ({
        payment_id: payment!.id,
        captured_by: input.actor_id,
      })),
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ input, payment }, ({ input, payment }) => ({
        invoice_id: input.invoice_id,
        payment_id: payment!.id,
      }))
    )
  }
)
