import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "../utils/events"
import { expireDueQuotesStep } from "../steps/expire-due-quotes"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"

/** Run by the scheduled job: open quotes past their validity become `expired`. */
export const expireQuotesWorkflow = createWorkflow("portal-expire-quotes", () => {
  const ids = expireDueQuotesStep()
  recordQuoteEventStep(
    transform({ ids }, ({ ids }) =>
      ids.map((id) => ({ quote_id: id, type: "expired" as const, actor_type: "system" as const }))
    )
  )
  emitEventStep({
    eventName: QUOTE_EVENTS.EXPIRED,
    data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
  })
  return new WorkflowResponse(ids)
})
