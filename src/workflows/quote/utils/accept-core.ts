import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { Access } from "../../../shared/permissions"
import { raiseQuoteInvoices } from "../../billing/workflows/raise-quote-invoices"
import { buyerActor } from "./buyer-access"
import { createOrderFromQuote, type PreparedQuoteOrder } from "./create-order-from-quote"
import { QUOTE_EVENTS } from "./events"
import type { LockedBuyerQuote } from "./lock-quote"
import { applyQuoteSelectionStep } from "../steps/apply-quote-selection"
import { crashPointStep } from "../steps/crash-point"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { transitionQuoteStep } from "../steps/transition-quote"

export type AcceptCoreInput = {
  quote_id: string
  selected_item_ids: string[]
  access: Access
}

type Acceptance = { accepted_at: Date; event: Record<string, unknown> }

/**
 * The one accept core, shared by the link's and the member's accept and sign so every way of
 * accepting does the same (docs/ARCHITECTURE.md, "Accept core"). Call it after
 * `lockQuoteForBuyer`, with the quote it returned, inside the quote's lock.
 */
export function acceptQuoteCore(
  quote: LockedBuyerQuote,
  input: AcceptCoreInput | WorkflowData<AcceptCoreInput>,
  acceptance: WorkflowData<Acceptance>,
  /** The order's reads, when the caller ran them earlier (`prepareQuoteOrder`). */
  prepared?: PreparedQuoteOrder
) {
  applyQuoteSelectionStep(
    transform({ quote, input }, ({ quote, input }) => ({
      items: quote.items ?? [],
      selected_item_ids: input.selected_item_ids,
    }))
  )
  transitionQuoteStep(
    transform({ quote, acceptance }, ({ quote, acceptance }) => ({
      quote,
      to: "accepted" as const,
      data: { accepted_at: acceptance.accepted_at },
    }))
  )
  const actor = transform({ input }, ({ input }) => buyerActor(input.access))
  recordQuoteEventStep(
    transform({ quote, input, actor, acceptance }, ({ quote, input, actor, acceptance }) => [
      {
        quote_id: input.quote_id,
        type: "accepted" as const,
        ...actor,
        data: {
          selected_item_ids: input.selected_item_ids,
          ...acceptance.event,
          // Where the reconciler returns the quote if no order follows (docs/ARCHITECTURE.md, "Crash safety").
          from_status: quote.status,
        },
      },
    ])
  )
  crashPointStep({ name: "accept:after-status" }).config({
    name: "portal-crash-point-accept-after-status",
  })
  const orderInput = transform({ input, actor }, ({ input, actor }) => ({
    quote_id: input.quote_id,
    selected_item_ids: input.selected_item_ids,
    ...actor,
  }))
  const { order, agreed } = createOrderFromQuote(quote, orderInput, prepared)
  const invoices = raiseQuoteInvoices(
    quote,
    transform({ order, agreed }, ({ order, agreed }) => ({ id: order.id, ...agreed })),
    orderInput
  )
  emitEventStep({
    eventName: QUOTE_EVENTS.ACCEPTED,
    data: transform({ input, order }, ({ input, order }) => ({
      id: input.quote_id,
      order_id: order.id,
    })),
  }).config({ name: "portal-emit-quote-accepted" })
  return { order, invoices }
}
