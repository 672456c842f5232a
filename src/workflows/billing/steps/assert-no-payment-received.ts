import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canTransition, formatInvoiceNumber } from "../../../modules/billing/status"
import type { LoadedInvoice } from "./load-invoice"

/** Medusa statuses of a payment collection that has taken money. */
const CAPTURED_COLLECTION_STATUSES = ["completed", "partially_captured"]

/**
 * Money already captured for an invoice is not written off by voiding it,
 * even while the payment event that marks it paid is still on its way.
 */
export const assertNoPaymentReceivedStep = createStep(
  "portal-assert-no-invoice-payment-received",
  async ({ invoice }: { invoice: LoadedInvoice }) => {
    // A paid or void invoice is refused by the status machine, with its own message.
    if (!canTransition(invoice.status, "void")) return new StepResponse(void 0)
    if (CAPTURED_COLLECTION_STATUSES.includes(invoice.payment_collection?.status ?? "")) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Invoice ${formatInvoiceNumber(invoice.display_number)} has received a payment; refund it instead of voiding it`
      )
    }
    return new StepResponse(void 0)
  }
)
