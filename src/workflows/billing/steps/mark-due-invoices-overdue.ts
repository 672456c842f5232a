import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { statusesLeadingTo } from "../../../modules/billing/status"

/** Every invoice that can become overdue and is past its due date becomes overdue. */
export const markDueInvoicesOverdueStep = createStep(
  "portal-mark-due-invoices-overdue",
  async (_, { container }) => {
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    const changed = await billing.markDueInvoicesOverdue(statusesLeadingTo("overdue"))
    return new StepResponse(
      changed.map((row) => row.id),
      changed
    )
  },
  async (changed, { container }) => {
    if (!changed?.length) return
    const billing: BillingModuleService = container.resolve(BILLING_MODULE)
    for (const previous of new Set(changed.map((row) => row.status))) {
      const ids = changed.filter((row) => row.status === previous).map((row) => row.id)
      await billing.restoreStatus(ids, "overdue", previous)
    }
  }
)
