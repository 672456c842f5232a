import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { raiseQuoteInvoices } from "../billing/raise-quote-invoices"
import { createOrderFromQuote } from "./create-order-from-quote"
import { QUOTE_EVENTS } from "./events"
import { lockQuoteForBuyer } from "./lock-quote"
import { applyQuoteSelectionStep } from "./steps/apply-quote-selection"
import { recordQuoteEventStep } from "./steps/record-quote-event"
import { transitionQuoteStep } from "./steps/transition-quote"
import { assertAcceptableWithoutSignatureStep } from "./steps/validate-quote"

export type AcceptQuoteWorkflowInput = {
  quote_id: string
  selected_item_ids: string[]
  /** Another of the customer's addresses, when the buyer ships elsewhere. */
  shipping_address_id?: string
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
    const { lockKey, quote } = lockQuoteForBuyer(input)
    assertAcceptableWithoutSignatureStep({ quote })
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

    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.quote_id,
          type: "accepted" as const,
          actor_type: input.actor_type ?? ("customer" as const),
          actor_id: input.actor_id,
          data: { selected_item_ids: input.selected_item_ids },
        },
      ])
    )
    const order = createOrderFromQuote(quote, input)
    raiseQuoteInvoices(quote, order, input)

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
