import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { formatInvoiceNumber, LIVE_INVOICE_STATUSES } from "../../../modules/billing/status"
import { DEPOSIT_DUE_DAYS } from "./validate-deposit-invoice"

export type ValidateBalanceInvoiceInput = {
  order_id: string
  payment_collection_id: string | null
  amount: number
  due_at?: Date | string | null
}

/**
 * A balance invoice needs something outstanding on the order beyond its
 * deposit, and none already issued for it. Returns the due date.
 */
export const validateBalanceInvoiceStep = createStep(
  "portal-validate-balance-invoice",
  async (input: ValidateBalanceInvoiceInput, { container }) => {
    if (!input.payment_collection_id || !(input.amount > 0)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order ${input.order_id} has no balance left to invoice`
      )
    }
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const [existing] = await billing.listPortalInvoices(
      {
        payment_collection_id: input.payment_collection_id,
        status: [...LIVE_INVOICE_STATUSES],
      },
      { take: 1, select: ["id", "display_number"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The balance of order ${input.order_id} is already invoiced as ${formatInvoiceNumber(existing.display_number)}`
      )
    }
    const dueAt = input.due_at
      ? new Date(input.due_at)
      : new Date(Date.now() + DEPOSIT_DUE_DAYS * 24 * 3600 * 1000)
    return new StepResponse({ due_at: dueAt })
  }
)
