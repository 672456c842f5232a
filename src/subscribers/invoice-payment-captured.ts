import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { markInvoicePaidWorkflow } from "../workflows/billing/workflows/mark-invoice-paid"

/**
 * Medusa emits `payment.captured` from every capture: the buyer's pay route,
 * a Stripe webhook (processPaymentWorkflow), or "Mark as paid" / "Capture" in
 * the admin. When the capture completes an invoice's payment collection, the
 * invoice becomes paid; any other payment, or a second delivery, changes nothing.
 */
export default async function invoicePaymentCaptured({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await markInvoicePaidWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "portal-invoice-payment-captured" },
}
