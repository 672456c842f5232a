import {
  acquireLockStep,
  createOrderWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../modules/quote"
import { QUOTE_EVENTS } from "./events"
import { loadQuote } from "./load-quote"
import { applyQuoteSelectionStep } from "./steps/apply-quote-selection"
import { buildQuoteOrderInputStep } from "./steps/build-quote-order-input"
import { recordQuoteEventStep } from "./steps/record-quote-event"
import { transitionQuoteStep } from "./steps/transition-quote"
import { updateQuoteStep } from "./steps/update-quote"
import { assertBuyerCanActStep } from "./steps/validate-quote"

export type AcceptQuoteWorkflowInput = {
  quote_id: string
  selected_item_ids: string[]
  actor_type?: "customer" | "staff"
  actor_id?: string
}

/**
 * The buyer accepts: their selection is stored, the quote is frozen, and one
 * Medusa order is created with the selected lines. Concurrent accepts queue on
 * a lock and the status change is a conditional UPDATE, so only one order can
 * ever come out of a quote.
 */
export const acceptQuoteWorkflow = createWorkflow(
  "portal-accept-quote",
  (input: AcceptQuoteWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `portal-quote:${input.quote_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const quote = loadQuote(input.quote_id)
    assertBuyerCanActStep(
      transform({ quote, input }, ({ quote, input }) => ({
        quote,
        selected_item_ids: input.selected_item_ids,
      }))
    )
    const orderInput = buildQuoteOrderInputStep(
      transform({ quote, input }, ({ quote, input }) => ({
        quote,
        selected_item_ids: input.selected_item_ids,
      }))
    )
    applyQuoteSelectionStep(
      transform({ quote, input }, ({ quote, input }) => ({
        items: quote.items ?? [],
        selected_item_ids: input.selected_item_ids,
      }))
    )
    transitionQuoteStep(
      transform({ quote }, ({ quote }) => ({
        quote,
        to: "accepted" as const,
        data: { accepted_at: new Date() },
      }))
    )

    const order = createOrderWorkflow.runAsStep({ input: orderInput })

    updateQuoteStep(
      transform({ input, order }, ({ input, order }) => ({
        id: input.quote_id,
        order_id: order.id,
      }))
    )
    createRemoteLinkStep(
      transform({ input, order }, ({ input, order }) => [
        {
          [QUOTE_MODULE]: { portal_quote_id: input.quote_id },
          [Modules.ORDER]: { order_id: order.id },
        },
      ])
    )
    recordQuoteEventStep(
      transform({ input, order }, ({ input, order }) => {
        const actor = {
          actor_type: input.actor_type ?? ("customer" as const),
          actor_id: input.actor_id,
        }
        return [
          {
            quote_id: input.quote_id,
            type: "accepted" as const,
            ...actor,
            data: { selected_item_ids: input.selected_item_ids },
          },
          {
            quote_id: input.quote_id,
            type: "order_created" as const,
            ...actor,
            data: { order_id: order.id, display_id: order.display_id },
          },
        ]
      })
    )
    // The same event checkout emits, so the store's order confirmations and integrations run.
    emitEventStep({
      eventName: OrderWorkflowEvents.PLACED,
      data: transform({ order }, ({ order }) => ({ id: order.id })),
    }).config({ name: "portal-emit-order-placed" })
    emitEventStep({
      eventName: QUOTE_EVENTS.ACCEPTED,
      data: transform({ input, order }, ({ input, order }) => ({
        id: input.quote_id,
        order_id: order.id,
      })),
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ input, order }, ({ input, order }) => ({
        quote_id: input.quote_id,
        order_id: order.id,
      }))
    )
  }
)
