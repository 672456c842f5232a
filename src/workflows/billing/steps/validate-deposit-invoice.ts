import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { formatInvoiceNumber, LIVE_INVOICE_STATUSES } from "../../../modules/billing/status"

/** Buyers get two weeks to pay a deposit unless the caller says otherwise. */
export const DEPOSIT_DUE_DAYS = 14

export type ValidateDepositInvoiceInput = {
  order: { id: string; display_id?: number | string | null; currency_code: string; status: string }
  amount: number
  currency_code: string
  due_at?: Date | string | null
}

/**
 * A deposit is a positive amount in the order's own currency, for an order
 * that is still live and has no other unpaid or paid deposit. Returns the due date.
 */
export const validateDepositInvoiceStep = createStep(
  "portal-validate-deposit-invoice",
  async (input: ValidateDepositInvoiceInput, { container }) => {
    const { order } = input
    const label = `Order ${order.display_id != null ? `#${order.display_id}` : order.id}`
    if (!(input.amount > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A deposit must be more than zero")
    }
    if (input.currency_code.toLowerCase() !== order.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${label} is in ${order.currency_code.toUpperCase()}; its deposit cannot be in ${input.currency_code.toUpperCase()}`
      )
    }
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${label} is canceled`)
    }
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const [existing] = await billing.listPortalInvoices(
      { order_id: order.id, kind: "deposit", status: [...LIVE_INVOICE_STATUSES] },
      { take: 1, select: ["id", "display_number"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${label} already has deposit invoice ${formatInvoiceNumber(existing.display_number)}`
      )
    }
    const dueAt = input.due_at
      ? new Date(input.due_at)
      : new Date(Date.now() + DEPOSIT_DUE_DAYS * 24 * 3600 * 1000)
    return new StepResponse({ due_at: dueAt })
  }
)
