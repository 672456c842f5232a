import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_EVENTS } from "../utils/events"
import { markDueInvoicesOverdueStep } from "../steps/mark-due-invoices-overdue"

/** Run by the hourly job: unpaid invoices past their due date become `overdue`. */
export const markOverdueInvoicesWorkflow = createWorkflow("portal-mark-overdue-invoices", () => {
  const ids = markDueInvoicesOverdueStep()
  emitEventStep({
    eventName: INVOICE_EVENTS.OVERDUE,
    data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
  })
  return new WorkflowResponse(ids)
})
