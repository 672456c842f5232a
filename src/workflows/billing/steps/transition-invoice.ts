import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import {
  assertTransition,
  formatInvoiceNumber,
  InvoiceStatus,
} from "../../../modules/billing/status"

export type TransitionInvoiceInput = {
  invoice: { id: string; status: InvoiceStatus; display_number: number | string }
  to: InvoiceStatus
}

/**
 * Moves an invoice along the status machine for a caller who insists: an
 * illegal change, or losing a race to another request, is a 409 and changes
 * nothing.
 */
export const transitionInvoiceStep = createStep(
  "portal-transition-invoice",
  async ({ invoice, to }: TransitionInvoiceInput, { container }) => {
    const number = formatInvoiceNumber(invoice.display_number)
    assertTransition(invoice.status, to, number)
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const previous = await billing.claimStatusChange(invoice.id, [invoice.status], to)
    if (!previous) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Invoice ${number} was changed by another request; reload it and try again`
      )
    }
    return new StepResponse({ id: invoice.id, status: to }, { id: invoice.id, to, previous })
  },
  async (change, { container }) => {
    if (!change) return
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    await billing.restoreStatus([change.id], change.to, change.previous)
  }
)
