import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockQuote } from "../utils/lock-quote"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { transitionQuoteStep } from "../steps/transition-quote"

/**
 * Staff take up a member's quote request (docs/ARCHITECTURE.md, "Quote status
 * machine"): `requested → draft`, assigned to whoever took it up, then priced
 * and sent like any other draft.
 */
export const takeUpQuoteWorkflow = createWorkflow(
  "portal-take-up-quote",
  (input: { quote_id: string; actor_id?: string }) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    transitionQuoteStep(
      transform({ quote, input }, ({ quote, input }) => {
        const assigned = (quote.assigned_user_ids ?? []).filter((id): id is string => !!id)
        return {
          quote,
          to: "draft" as const,
          data: {
            assigned_user_ids:
              input.actor_id && !assigned.includes(input.actor_id)
                ? [...assigned, input.actor_id]
                : assigned,
          },
        }
      })
    )
    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          type: "updated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          data: { taken_up: true },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ id: input.quote_id })
  }
)
