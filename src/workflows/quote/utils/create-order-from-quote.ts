import { createOrdersStep, emitEventStep, reserveInventoryStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { parallelize, transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { assertOrderAgreesWithQuoteStep } from "../steps/assert-order-agrees-with-quote"
import { buildQuoteOrderStep, type OrderPricing, QuoteForOrder } from "../steps/build-quote-order"
import { loadQuoteOrderContextStep } from "../steps/load-quote-order-context"
import { prepareOrderReservationsStep } from "../steps/prepare-order-reservations"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { updateQuoteStep } from "../steps/update-quote"
import { linkOrderToCompany } from "../../portal/utils/link-company-order"
import { computeQuotePricing } from "./price-quote"

export type OrderFromQuoteInput = {
  quote_id: string
  selected_item_ids: string[]
  actor_type?: "customer" | "staff"
  actor_id?: string
}

/**
 * The reads an order from the quote needs, none of which change anything: Medusa's tax lines
 * and promotions for the buyer's lines (nothing stored) and, meanwhile, the variants,
 * channel and region. `createOrderFromQuote` runs them itself; signing runs them earlier,
 * while the signed PDF renders off-thread, and hands them in.
 */
export function prepareQuoteOrder(
  quote: QuoteForOrder | WorkflowData<QuoteForOrder>,
  input: { selected_item_ids: string[] } | WorkflowData<{ selected_item_ids: string[] }>
) {
  const pricing = computeQuotePricing(
    quote as WorkflowData<QuoteForOrder>,
    transform({ input }, ({ input }) => input.selected_item_ids),
    {
      context: "portal-load-order-pricing-context",
      taxes: "portal-get-order-tax-lines",
      promotions: "portal-get-order-promotion-actions",
    }
  )
  const context = loadQuoteOrderContextStep(
    transform({ quote }, ({ quote }) => ({
      variant_ids: [
        ...new Set(
          (quote.items ?? []).map((item) => item?.variant_id).filter((id): id is string => !!id)
        ),
      ],
      sales_channel_id: quote.sales_channel_id,
      region_id: quote.region_id,
    }))
  )
  return { pricing, context }
}

export type PreparedQuoteOrder = ReturnType<typeof prepareQuoteOrder>

/**
 * The steps that turn an accepted quote into its Medusa order, shared by accepting and
 * signing, as checkout turns a priced cart into one: Medusa's tax lines and promotions for
 * the buyer's lines, checked against the price the buyer saw, then the Order module's
 * `createOrdersStep` with those lines, the reservations checkout makes, the quote's
 * `order_id`, checkout's `order.placed` event and the timeline entry. Call it inside a
 * workflow that holds the quote's lock. Answers the order and its total as checked against
 * the quote (`agreed`) (docs/ARCHITECTURE.md, "Accept core").
 */
export function createOrderFromQuote(
  quote: QuoteForOrder | WorkflowData<QuoteForOrder>,
  input: OrderFromQuoteInput | WorkflowData<OrderFromQuoteInput>,
  prepared?: PreparedQuoteOrder
) {
  const { pricing, context } = prepared ?? prepareQuoteOrder(quote, input)
  const built = buildQuoteOrderStep(
    transform({ quote, input, pricing, context }, ({ quote, input, pricing, context }) => ({
      quote,
      selected_item_ids: input.selected_item_ids,
      pricing: { taxes: pricing.taxes, actions: pricing.actions } as OrderPricing,
      context,
    }))
  )
  const orders = createOrdersStep(transform({ built }, ({ built }) => [built.order]))
  const order = transform({ orders }, ({ orders }) => orders[0])
  // Both only read what is already here: the created order and the stock read before it.
  const [agreed, reservationInput] = parallelize(
    assertOrderAgreesWithQuoteStep(
      transform({ built, order }, ({ built, order }) => ({
        order,
        expected_total: built.expected_total,
      }))
    ),
    // Without reservations the merchant cannot fulfil lines whose variants manage inventory.
    prepareOrderReservationsStep(
      transform({ order, context }, ({ order, context }) => ({
        items: (order.items ?? []).map((item) => ({
          id: item.id,
          variant_id: item.variant_id,
          quantity: item.quantity,
        })),
        stock: context,
      }))
    )
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
