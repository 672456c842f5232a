import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { notifyContactsOrderWorkflow } from "../workflows/portal/workflows/notify-contacts-order"

/**
 * Medusa's shipment and delivery events (their `id` is the fulfillment's) and
 * its order cancellation: the company's contacts hear of them
 * (docs/ARCHITECTURE.md, "Contact emails"). A shipment staff marked "do not
 * notify" (`no_notification`) sends nothing.
 */
export default async function contactEmailsOrder({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  const input =
    event.name === OrderWorkflowEvents.CANCELED
      ? { happened: "canceled" as const, order_id: event.data.id }
      : {
          happened:
            event.name === FulfillmentWorkflowEvents.SHIPMENT_CREATED
              ? ("shipped" as const)
              : ("delivered" as const),
          fulfillment_id: event.data.id,
        }
  await notifyContactsOrderWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
    OrderWorkflowEvents.CANCELED,
  ],
  context: { subscriberId: "portal-contact-emails-order" },
}
