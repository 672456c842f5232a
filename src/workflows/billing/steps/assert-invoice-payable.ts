import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatInvoiceNumber, isPayable } from "../../../modules/billing/status"
import { refusal } from "../../../lib/refusal"
import type { LoadedInvoice } from "./load-invoice"

/** Medusa statuses of a payment collection that can still take a payment. */
const OPEN_COLLECTION_STATUSES = ["not_paid", "awaiting", "authorized", "partially_authorized"]

/** A buyer may pay an unpaid or overdue invoice whose payment collection is still open. */
export const assertInvoicePayableStep = createStep(
  "portal-assert-invoice-payable",
  async ({ invoice }: { invoice: LoadedInvoice }) => {
    const number = formatInvoiceNumber(invoice.display_number)
    if (!isPayable(invoice.status)) {
      throw refusal(MedusaError.Types.CONFLICT, "billing.not_payable", {
        number,
        status: invoice.status,
      })
    }
    const collectionStatus = invoice.payment_collection?.status ?? ""
    if (!OPEN_COLLECTION_STATUSES.includes(collectionStatus)) {
      // Captured a moment ago; the payment event has not marked the invoice yet.
      throw refusal(
        MedusaError.Types.CONFLICT,
        collectionStatus === "completed" ? "billing.already_paid" : "billing.no_longer_payable",
        { number }
      )
    }
    return new StepResponse(void 0)
  }
)
