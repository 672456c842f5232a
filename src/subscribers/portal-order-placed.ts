import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { portalOrderPlacedWorkflow } from "../workflows/portal/workflows/portal-order-placed"

/**
 * Medusa's `order.placed`: an order from a portal cart is linked to its company
 * and alerts the `order_placed` staff target (docs/ARCHITECTURE.md, "Placing
 * orders"). Other orders are left alone.
 */
export default async function portalOrderPlaced({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await portalOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "portal-order-placed" },
}
