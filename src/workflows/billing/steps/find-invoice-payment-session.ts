import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
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
      throw refusal(MedusaError.Types.NOT_FOUND, "billing.session_not_found", {
        id: payment_session_id,
      })
    }
    return new StepResponse(session)
  }
)
