import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoadedInvoice } from "./load-invoice"

/** The session must belong to this invoice's payment collection; any other is unknown here. */
export const findInvoicePaymentSessionStep = createStep(
  "portal-find-invoice-payment-session",
  async ({
    invoice,
    payment_session_id,
  }: {
    invoice: LoadedInvoice
    payment_session_id: string
  }) => {
    const session = invoice.payment_collection?.payment_sessions.find(
      (candidate) => candidate?.id === payment_session_id
    )
    if (!session) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payment session ${payment_session_id} was not found`
      )
    }
    return new StepResponse(session)
  }
)
