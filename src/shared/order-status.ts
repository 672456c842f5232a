/**
 * What a client sees of an order's progress (docs/ARCHITECTURE.md, "Member
 * API: orders and invoices"): one status derived from Medusa's order status
 * and its fulfilments, in this one function, for the server and the portal.
 */

export const CLIENT_ORDER_STATUSES = [
  "placed",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
] as const
export type ClientOrderStatus = (typeof CLIENT_ORDER_STATUSES)[number]

type When = Date | string | null | undefined

/** The parts of a Medusa order (read with Query) the status is derived from. */
export type OrderProgressInput = {
  /** Medusa's order status: pending, completed, canceled, requires_action, archived, draft. */
  status?: string | null
  fulfillments?: ReadonlyArray<{
    shipped_at?: When
    delivered_at?: When
    canceled_at?: When
    labels?: ReadonlyArray<{ tracking_number?: string | null } | null> | null
  } | null> | null
  items?: ReadonlyArray<{
    quantity?: number | string | null
    detail?: { fulfilled_quantity?: number | string | null } | null
  } | null> | null
}

export type OrderProgress = {
  status: ClientOrderStatus
  /** The tracking numbers of the shipments sent so far (none before shipping). */
  tracking_numbers: string[]
}

/**
 * - cancelled: Medusa cancelled the order;
 * - delivered: every line is fulfilled and every live fulfilment delivered;
 * - shipped: at least one live fulfilment has left (shipped or delivered);
 * - processing: a fulfilment is being prepared, none has left yet;
 * - placed: nothing fulfilled yet.
 * A cancelled fulfilment counts as if it had never been made.
 */
export function orderProgress(order: OrderProgressInput): OrderProgress {
  const live = (order.fulfillments ?? []).filter(
    (fulfillment): fulfillment is NonNullable<typeof fulfillment> =>
      !!fulfillment && !fulfillment.canceled_at
  )
  const sent = live.filter((fulfillment) => fulfillment.shipped_at || fulfillment.delivered_at)
  const tracking_numbers = [
    ...new Set(
      sent.flatMap((fulfillment) =>
        (fulfillment.labels ?? []).flatMap((label) =>
          label?.tracking_number ? [label.tracking_number] : []
        )
      )
    ),
  ]
  if (order.status === "canceled") return { status: "cancelled", tracking_numbers }

  const everyLineFulfilled = (order.items ?? []).every(
    (item) =>
      !item ||
      Number(item.detail?.fulfilled_quantity ?? item.quantity ?? 0) >= Number(item.quantity ?? 0)
  )
  let status: ClientOrderStatus = "placed"
  if (live.length && everyLineFulfilled && live.every((fulfillment) => fulfillment.delivered_at)) {
    status = "delivered"
  } else if (sent.length) {
    status = "shipped"
  } else if (live.length) {
    status = "processing"
  }
  return { status, tracking_numbers }
}
