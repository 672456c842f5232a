import type { PaymentCollectionStatus } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CancelInvoicePaymentCollectionInput = {
  payment_collection_id: string
  /** Its status now, restored if the void is rolled back. */
  status: string
}

/**
 * Marks a void invoice's payment collection cancelled, as Medusa's own
 * cancelPaymentCollectionWorkflow does (which core-flows does not export), so
 * Medusa's "Mark as paid" and our pay routes refuse it.
 */
export const cancelInvoicePaymentCollectionStep = createStep(
  "portal-cancel-invoice-payment-collection",
  async ({ payment_collection_id, status }: CancelInvoicePaymentCollectionInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    await payments.updatePaymentCollections(payment_collection_id, { status: "canceled" })
    return new StepResponse(void 0, { payment_collection_id, status })
  },
  async (previous, { container }) => {
    if (!previous) return
    const payments = container.resolve(Modules.PAYMENT)
    await payments.updatePaymentCollections(previous.payment_collection_id, {
      status: previous.status as PaymentCollectionStatus,
    })
  }
)
