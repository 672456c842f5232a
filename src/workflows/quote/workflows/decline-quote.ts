import type { Access } from "../../../shared/permissions"
import { assertPermittedStep, buyerActor } from "../utils/buyer-access"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "../utils/events"
import { loadQuote } from "../utils/load-quote"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { transitionQuoteStep } from "../steps/transition-quote"
import { assertBuyerCanActStep } from "../steps/validate-quote"

export type DeclineQuoteWorkflowInput = {
  quote_id: string
  reason: string
  /** The link holder or the company's contact who declines. */
  access: Access
}

/** The buyer turns the quote down and says why. */
export const declineQuoteWorkflow = createWorkflow(
  "portal-decline-quote",
  (input: DeclineQuoteWorkflowInput) => {
    assertPermittedStep(
      transform({ input }, ({ input }) => ({
        access: input.access,
        permission: "quotes.accept" as const,
      }))
    )
    const quote = loadQuote(input.quote_id, undefined, input.access)
    assertBuyerCanActStep({ quote })
    transitionQuoteStep(
      transform({ quote, input }, ({ quote, input }) => ({
        quote,
        to: "declined" as const,
        data: { declined_at: new Date(), decline_reason: input.reason },
      }))
    )
    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          type: "declined" as const,
          ...buyerActor(input.access),
          data: { reason: input.reason },
        },
      ])
    )
    emitEventStep({ eventName: QUOTE_EVENTS.DECLINED, data: { id: input.quote_id } })
    return new WorkflowResponse({ id: input.quote_id })
  }
)
