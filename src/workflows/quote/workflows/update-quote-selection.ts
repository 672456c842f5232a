import type { Access } from "../../../shared/permissions"
import { buyerActor } from "../utils/buyer-access"
import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { lockQuoteForBuyer } from "../utils/lock-quote"
import { applyQuoteSelectionStep } from "../steps/apply-quote-selection"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"

export type UpdateQuoteSelectionWorkflowInput = {
  quote_id: string
  selected_item_ids: string[]
  /** Another of the customer's addresses, when the buyer ships elsewhere. */
  shipping_address_id?: string
  /** The link holder or the company's contact who chooses. */
  access: Access
}

/** The buyer ticks optional items on or off, or picks where the order ships; Medusa reprices. */
export const updateQuoteSelectionWorkflow = createWorkflow(
  "portal-update-quote-selection",
  (input: UpdateQuoteSelectionWorkflowInput) => {
    const { lockKey, quote } = lockQuoteForBuyer(input)
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
            ...buyerActor(input.access),
            data: { selected_item_ids: input.selected_item_ids },
          },
        ])
      )
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
