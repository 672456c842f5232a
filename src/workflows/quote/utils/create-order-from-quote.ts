import {
  createOrderWorkflow,
  emitEventStep,
  reserveInventoryStep,
} from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { parallelize, transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { assertOrderAgreesWithQuoteStep } from "../steps/assert-order-agrees-with-quote"
import { buildQuoteOrderInputStep, QuoteForOrder } from "../steps/build-quote-order-input"
import { prepareOrderReservationsStep } from "../steps/prepare-order-reservations"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { updateQuoteStep } from "../steps/update-quote"
import { linkOrderToCompany } from "../../portal/utils/link-company-order"

export type OrderFromQuoteInput = {
  quote_id: string
  selected_item_ids: string[]
  actor_type?: "customer" | "staff"
  actor_id?: string
}

/**
 * The steps that turn an accepted quote into its Medusa order, shared by
 * accepting and signing: Medusa's own createOrderWorkflow with the selected
 * lines, the inventory reservations checkout would make (createOrderWorkflow
 * only checks stock), the quote's `order_id`, checkout's `order.placed` event,
 * and the timeline entry. Call it inside a workflow that holds the quote's lock. Answers the
 * order and its total as checked against the quote (`agreed`).
 */
export function createOrderFromQuote(
  quote: QuoteForOrder | WorkflowData<QuoteForOrder>,
  input: OrderFromQuoteInput | WorkflowData<OrderFromQuoteInput>
) {
  const built = buildQuoteOrderInputStep(
    transform({ quote, input }, ({ quote, input }) => ({
      quote,
      selected_item_ids: input.selected_item_ids,
    }))
  )
  const order = createOrderWorkflow.runAsStep({
    input: transform({ built }, ({ built }) => built.input),
  })
  // The check of the total and the read for the reservations both only read the new
  // order: they run side by side.
  const [agreed, reservationInput] = parallelize(
    assertOrderAgreesWithQuoteStep(
      transform({ built, order }, ({ built, order }) => ({
        order_id: order.id,
        expected_total: built.expected_total,
      }))
    ),
    // Without reservations the merchant cannot fulfil lines whose variants manage inventory.
    prepareOrderReservationsStep(transform({ order }, ({ order }) => ({ order_id: order.id })))
  )
  const reservations = reserveInventoryStep(reservationInput)
  emitEventStep({
    eventName: ReservationItemWorkflowEvents.CREATED,
    data: transform({ reservations, order }, ({ reservations, order }) =>
      reservations.map((reservation) => ({ id: reservation.id, order_id: order.id }))
    ),
  }).config({ name: "portal-emit-reservations-created" })

  // Three independent writes, side by side: the quote's order (this column alone;
  // src/links/quote-order.ts reads it), the timeline entry, and the company the quote is
  // for gets the order (docs/ARCHITECTURE.md, "Relations").
  parallelize(
    updateQuoteStep(
      transform({ input, order }, ({ input, order }) => ({
        id: input.quote_id,
        order_id: order.id,
      }))
    ),
    recordQuoteEventStep(
      transform({ input, order }, ({ input, order }) => [
        {
          quote_id: input.quote_id,
          type: "order_created" as const,
          actor_type: input.actor_type ?? ("customer" as const),
          actor_id: input.actor_id,
          data: { order_id: order.id, display_id: order.display_id },
        },
      ])
    ).config({ name: "portal-record-order-created" }),
    linkOrderToCompany(
      transform({ quote, order }, ({ quote, order }) => ({
        order_id: order.id,
        company_id: (quote as { company_id?: string | null }).company_id,
      }))
    )
  )
  // The same event checkout emits, so the store's order confirmations and integrations run.
  emitEventStep({
    eventName: OrderWorkflowEvents.PLACED,
    data: transform({ order }, ({ order }) => ({ id: order.id })),
  }).config({ name: "portal-emit-order-placed" })

  return { order, agreed }
}
