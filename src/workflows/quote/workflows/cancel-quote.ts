import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "../utils/events"
import { lockQuote } from "../utils/lock-quote"
import { revokeQuoteLinksStep } from "../steps/quote-links"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { transitionQuoteStep } from "../steps/transition-quote"

/** Staff withdraw a quote; its link stops working. */
export const cancelQuoteWorkflow = createWorkflow(
  "portal-cancel-quote",
  (input: { quote_id: string; actor_id?: string }) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    transitionQuoteStep(
      transform({ quote }, ({ quote }) => ({
        quote,
        to: "cancelled" as const,
        data: { cancelled_at: new Date() },
      }))
    )
    revokeQuoteLinksStep({ quote_id: input.quote_id })
    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          type: "cancelled" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
        },
      ])
    )
    emitEventStep({ eventName: QUOTE_EVENTS.CANCELLED, data: { id: input.quote_id } })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.quote_id })
  }
)
