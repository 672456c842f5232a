import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockQuote } from "./lock-quote"
import { applyQuoteSelectionStep } from "./steps/apply-quote-selection"
import { recordQuoteEventStep } from "./steps/record-quote-event"
import { assertBuyerCanActStep } from "./steps/validate-quote"

export type UpdateQuoteSelectionWorkflowInput = { quote_id: string; selected_item_ids: string[] }

/** The buyer ticks optional items on or off. */
export const updateQuoteSelectionWorkflow = createWorkflow(
  "portal-update-quote-selection",
  (input: UpdateQuoteSelectionWorkflowInput) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    assertBuyerCanActStep(
      transform({ quote, input }, ({ quote, input }) => ({
        quote,
        selected_item_ids: input.selected_item_ids,
      }))
    )
    const result = applyQuoteSelectionStep(
      transform({ quote, input }, ({ quote, input }) => ({
        items: quote.items ?? [],
        selected_item_ids: input.selected_item_ids,
      }))
    )
    when("portal-log-selection-change", { result }, ({ result }) => result.changed).then(() => {
      recordQuoteEventStep(
        transform({ input }, ({ input }) => [
          {
            quote_id: input.quote_id,
            type: "selection_changed" as const,
            actor_type: "customer" as const,
            data: { selected_item_ids: input.selected_item_ids },
          },
        ])
      )
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
