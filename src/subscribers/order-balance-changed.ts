import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { syncOrderBalanceWorkflow } from "../workflows/billing/workflows/sync-order-balance"

/**
 * Medusa's order edit, claim, exchange and return confirmations resize one
 * unpaid payment collection of the order to what is outstanding. The order's
 * balance collection and balance invoice are then brought in line
 * (docs/ARCHITECTURE.md, "Money").
 */
export default async function orderBalanceChanged({
  event,
  container,
}: SubscriberArgs<{ order_id?: string; id?: string }>) {
  const orderId = event.data.order_id
  if (!orderId) return
  await syncOrderBalanceWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: [
    OrderEditWorkflowEvents.CONFIRMED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
    OrderWorkflowEvents.RETURN_RECEIVED,
  ],
  context: { subscriberId: "portal-order-balance-changed" },
}
