import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import {
  formatInvoiceNumber,
  InvoiceStatus,
  statusesLeadingTo,
} from "../../../modules/billing/status"

export type ClaimInvoicePaidInput = {
  invoice: { id: string; display_number: number | string; status: string } | null
  /** Medusa's status of the invoice's payment collection: "completed" once fully captured. */
  payment_collection_status: string | null
}

type PaidChange = { id: string; previous: InvoiceStatus } | null
type ClaimInvoicePaidOutput = { paid: boolean }

/**
 * Marks an invoice paid when its payment collection is fully captured.
 * Idempotent: a second delivery of the payment event, or a second payment,
 * finds it paid and changes nothing (paid_at keeps the first payment's time).
 */
export const claimInvoicePaidStep = createStep(
  "portal-claim-invoice-paid",
  async (
    { invoice, payment_collection_status }: ClaimInvoicePaidInput,
    { container }
  ): Promise<StepResponse<ClaimInvoicePaidOutput, PaidChange>> => {
    if (!invoice || payment_collection_status !== "completed") {
      return new StepResponse({ paid: false }, null)
    }
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const previous = await billing.claimStatusChange(invoice.id, statusesLeadingTo("paid"), "paid")
    if (!previous) {
      if (invoice.status === "void") {
        // Money arrived for a withdrawn invoice (e.g. a payment page left open): staff must refund it.
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `Client portal: a payment was captured for void invoice ${formatInvoiceNumber(invoice.display_number)}; refund it`
          )
      }
      return new StepResponse({ paid: false }, null)
    }
    return new StepResponse({ paid: true }, { id: invoice.id, previous })
  },
  async (change, { container }) => {
    if (!change) return
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    await billing.restoreStatus([change.id], "paid", change.previous)
  }
)
